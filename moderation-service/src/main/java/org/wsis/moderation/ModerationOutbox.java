package org.wsis.moderation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wsis.moderation.queue.mongo.QueueStore;
import org.wsis.servicekit.outbox.OutboxCollections;

/** The collections whose documents carry events for the outbox relay: the queue's items. */
@Configuration
class ModerationOutbox {

    @Bean
    OutboxCollections queueOutbox() {
        return OutboxCollections.of(QueueStore.COLLECTION);
    }
}
