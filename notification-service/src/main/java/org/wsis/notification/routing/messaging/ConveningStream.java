package org.wsis.notification.routing.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.wsis.notification.routing.Notifications;
import org.wsis.servicekit.messaging.InboundEvents;

/**
 * Consumes {@code wsis.convening.v1}: convenors, issues and calendar events moderated, requests to connect and contacts accepted, reminders of followed events; each routed to the people it concerns. One binding per
 * stream (rather than one over several destinations) gives each stream its own error channel, and so its
 * own dead-letter handling.
 */
@Configuration
public class ConveningStream {

    @Bean
    Consumer<Message<byte[]>> conveningEvents(InboundEvents inbound, Notifications notifications) {
        return message -> inbound.handle("notification-routing", message, notifications::on);
    }
}
