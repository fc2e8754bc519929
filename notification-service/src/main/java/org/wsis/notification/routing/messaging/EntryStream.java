package org.wsis.notification.routing.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.wsis.notification.routing.Notifications;
import org.wsis.servicekit.messaging.InboundEvents;

/**
 * Consumes {@code wsis.entry.v1}: entries submitted, published, returned, rejected and withdrawn, each event routed to the people it concerns. One binding per
 * stream (rather than one over several destinations) gives each stream its own error channel, and so its
 * own dead-letter handling.
 */
@Configuration
public class EntryStream {

    @Bean
    Consumer<Message<byte[]>> entryEvents(InboundEvents inbound, Notifications notifications) {
        return message -> inbound.handle("notification-routing", message, notifications::on);
    }
}
