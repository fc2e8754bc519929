package org.wsis.moderation.queue.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.wsis.contracts.community.DocumentSubmitted;
import org.wsis.contracts.community.DocumentWithdrawn;
import org.wsis.contracts.community.ForumPostPublished;
import org.wsis.contracts.community.ForumPostRemoved;
import org.wsis.moderation.flag.Flagging;
import org.wsis.moderation.queue.ModerationQueue;
import org.wsis.servicekit.messaging.InboundEvents;

/**
 * Consumes {@code wsis.community.v1}: which posts of the forum are public and may be flagged, and by whom not;
 * the repository's documents sent for moderation (an item each) or withdrawn (their item closed).
 */
@Configuration
public class CommunityStream {

    @Bean
    Consumer<Message<byte[]>> communityEvents(InboundEvents inbound, Flagging flagging, ModerationQueue queue) {
        return message -> inbound.handle("moderation-community", message, event -> {
            switch (event) {
                case ForumPostPublished published -> flagging.published(published);
                case ForumPostRemoved removed -> flagging.removed(removed);
                case DocumentSubmitted submitted -> queue.on(submitted);
                case DocumentWithdrawn withdrawn -> queue.on(withdrawn);
                default -> {}
            }
        });
    }
}
