package org.wsis.submission.entry.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.wsis.contracts.moderation.EntryHiddenPendingReview;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.servicekit.messaging.InboundEvents;
import org.wsis.submission.entry.EntryService;

/** Consumes {@code wsis.moderation.v1}: moderators' decisions on entries, and hiding of flagged entries. */
@Configuration
public class ModerationStream {

    @Bean
    Consumer<Message<byte[]>> moderationEvents(InboundEvents inbound, EntryService entries) {
        return message -> inbound.handle("submission-entries", message, event -> {
            switch (event) {
                case ModerationDecided decided -> entries.on(decided);
                case EntryHiddenPendingReview hidden -> entries.on(hidden);
                default -> {}
            }
        });
    }
}
