package org.wsis.notification.routing.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.wsis.notification.routing.Notifications;
import org.wsis.servicekit.messaging.InboundEvents;

/**
 * Consumes {@code wsis.moderation.v1}: moderators' decisions, flags and appeals, each event routed to the people it concerns. One binding per
 * stream (rather than one over several destinations) gives each stream its own error channel, and so its
 * own dead-letter handling.
 */
@Configuration
public class ModerationStream {

    @Bean
    Consumer<Message<byte[]>> moderationEvents(InboundEvents inbound, Notifications notifications) {
        return message -> inbound.handle("notification-routing", message, notifications::on);
    }
}
