package org.wsis.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wsis.notification.privacy.mongo.ErasureStore;
import org.wsis.servicekit.outbox.OutboxCollections;

/** The collections whose documents carry events for the outbox relay: the erasures this service records. */
@Configuration
class NotificationOutbox {

    @Bean
    OutboxCollections erasureOutbox() {
        return OutboxCollections.of(ErasureStore.COLLECTION);
    }
}
