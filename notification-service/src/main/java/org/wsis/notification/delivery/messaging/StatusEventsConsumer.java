package org.wsis.notification.delivery.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.wsis.contracts.entry.EntryEvent;
import org.wsis.notification.delivery.Deliveries;
import org.wsis.servicekit.messaging.InboundEvents;

/** Consumes {@code wsis.entry.v1}: every status change of an entry may mean a mail to its owner. */
@Configuration
public class StatusEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> entryEvents(InboundEvents inbound, Deliveries deliveries) {
        return message -> inbound.handle("notification-status-mail", message, event -> {
            if (event instanceof EntryEvent entryEvent) {
                deliveries.on(entryEvent);
            }
        });
    }
}
