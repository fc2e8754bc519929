package org.wsis.community.moderation.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.wsis.community.moderation.ForumModeration;
import org.wsis.community.repository.RepositoryService;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.contracts.moderation.PostHiddenPendingReview;
import org.wsis.servicekit.messaging.InboundEvents;

/** Consumes {@code wsis.moderation.v1}: posts hidden after flags, the decisions on them and on documents. */
@Configuration
public class ModerationStream {

    @Bean
    Consumer<Message<byte[]>> moderationEvents(
            InboundEvents inbound, ForumModeration moderation, RepositoryService repository) {
        // The consumer's name stays as it was (it keys the events already applied), though it now applies the
        // decisions on documents too.
        return message -> inbound.handle("community-posts", message, event -> {
            if (event instanceof PostHiddenPendingReview hidden) {
                moderation.on(hidden);
            } else if (event instanceof ModerationDecided decided) {
                moderation.on(decided);
                repository.on(decided);
            }
        });
    }
}
