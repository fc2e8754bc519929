package org.wsis.moderation.queue.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.wsis.contracts.prize.NominationSubmitted;
import org.wsis.moderation.queue.ModerationQueue;
import org.wsis.servicekit.messaging.InboundEvents;

/** Consumes {@code wsis.prize.v1}: every nomination is screened in the queue. */
@Configuration
public class PrizeStream {

    @Bean
    Consumer<Message<byte[]>> prizeEvents(InboundEvents inbound, ModerationQueue queue) {
        return message -> inbound.handle("moderation-nominations", message, event -> {
            if (event instanceof NominationSubmitted nomination) {
                queue.on(nomination);
            }
        });
    }
}
