package org.wsis.moderation.queue.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.contracts.entry.EntryRejected;
import org.wsis.contracts.entry.EntryReturnedForChanges;
import org.wsis.contracts.entry.EntrySubmitted;
import org.wsis.contracts.entry.EntryWithdrawn;
import org.wsis.moderation.queue.ModerationQueue;
import org.wsis.servicekit.messaging.InboundEvents;

/**
 * Consumes {@code wsis.entry.v1}: submissions fill the queue, withdrawals empty it, publications and
 * rejections keep the list of entries that may be flagged.
 */
@Configuration
public class EntryStream {

    @Bean
    Consumer<Message<byte[]>> entryEvents(InboundEvents inbound, ModerationQueue queue) {
        return message -> inbound.handle("moderation-queue", message, event -> {
            switch (event) {
                case EntrySubmitted submitted -> queue.on(submitted);
                case EntryWithdrawn withdrawn -> queue.on(withdrawn);
                case EntryPublished publishedEntry -> queue.on(publishedEntry);
                case EntryRejected rejected -> queue.on(rejected);
                case EntryReturnedForChanges returned -> queue.on(returned);
                default -> {}
            }
        });
    }
}
