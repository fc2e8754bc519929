package org.wsis.convening.moderation.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.convening.moderation.ModerationDecisions;
import org.wsis.servicekit.messaging.InboundEvents;

/** Consumes {@code wsis.moderation.v1}: the decisions on convenors' profiles, issues, calendar events, workshops and outcomes. */
@Configuration
public class ModerationStream {

    @Bean
    Consumer<Message<byte[]>> moderationEvents(InboundEvents inbound, ModerationDecisions decisions) {
        return message -> inbound.handle("convening-items", message, event -> {
            if (event instanceof ModerationDecided decided) {
                decisions.on(decided);
            }
        });
    }
}
