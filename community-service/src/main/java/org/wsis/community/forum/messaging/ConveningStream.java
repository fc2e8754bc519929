package org.wsis.community.forum.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.wsis.community.forum.Subjects;
import org.wsis.contracts.convening.ConveningItemEvent;
import org.wsis.servicekit.messaging.InboundEvents;

/** Consumes {@code wsis.convening.v1}: which convenors' issues and workshops are public, for threads about them. */
@Configuration
public class ConveningStream {

    @Bean
    Consumer<Message<byte[]>> conveningEvents(InboundEvents inbound, Subjects subjects) {
        return message -> inbound.handle("community-convening", message, event -> {
            if (event instanceof ConveningItemEvent item) {
                subjects.on(item);
            }
        });
    }
}
