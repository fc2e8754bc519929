package org.wsis.notification.routing.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.wsis.contracts.community.NewsPublished;
import org.wsis.notification.broadcast.NewsMails;
import org.wsis.notification.routing.Notifications;
import org.wsis.servicekit.messaging.InboundEvents;

/**
 * Consumes {@code wsis.community.v1}: new replies in the forum, written to the people following the thread;
 * the newsroom's new posts, broadcast to the people who asked for the news.
 */
@Configuration
public class CommunityStream {

    @Bean
    Consumer<Message<byte[]>> communityEvents(InboundEvents inbound, Notifications notifications, NewsMails news) {
        return message -> inbound.handle("notification-routing", message, event -> {
            if (event instanceof NewsPublished published) {
                news.on(published);
            } else {
                notifications.on(event);
            }
        });
    }
}
