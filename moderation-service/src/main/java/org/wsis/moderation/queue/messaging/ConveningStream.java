package org.wsis.moderation.queue.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.wsis.contracts.convening.ConveningItemSubmitted;
import org.wsis.contracts.convening.ConveningItemWithdrawn;
import org.wsis.moderation.queue.ModerationQueue;
import org.wsis.servicekit.messaging.InboundEvents;

/** Consumes {@code wsis.convening.v1}: convenors' profiles and issues fill the queue, withdrawals empty it. */
@Configuration
public class ConveningStream {

    @Bean
    Consumer<Message<byte[]>> conveningEvents(InboundEvents inbound, ModerationQueue queue) {
        return message -> inbound.handle("moderation-convening", message, event -> {
            switch (event) {
                case ConveningItemSubmitted submitted -> queue.on(submitted);
                case ConveningItemWithdrawn withdrawn -> queue.on(withdrawn);
                default -> {}
            }
        });
    }
}
