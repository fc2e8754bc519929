package org.wsis.community.forum.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.wsis.community.forum.Subjects;
import org.wsis.contracts.entry.EntryEvent;
import org.wsis.servicekit.messaging.InboundEvents;

/** Consumes {@code wsis.entry.v1}: which stocktaking entries are public, for threads about them. */
@Configuration
public class EntryStream {

    @Bean
    Consumer<Message<byte[]>> entryEvents(InboundEvents inbound, Subjects subjects) {
        return message -> inbound.handle("community-entries", message, event -> {
            if (event instanceof EntryEvent entry) {
                subjects.on(entry);
            }
        });
    }
}
