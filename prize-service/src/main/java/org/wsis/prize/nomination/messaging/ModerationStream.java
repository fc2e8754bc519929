package org.wsis.prize.nomination.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.prize.nomination.Nominations;
import org.wsis.servicekit.messaging.InboundEvents;

/** Consumes {@code wsis.moderation.v1}: screening decisions on nominations. */
@Configuration
class ModerationStream {

    @Bean
    Consumer<Message<byte[]>> moderationEvents(InboundEvents inbound, Nominations nominations) {
        return message -> inbound.handle("prize-screening", message, event -> {
            if (event instanceof ModerationDecided decided) {
                nominations.on(decided);
            }
        });
    }
}
