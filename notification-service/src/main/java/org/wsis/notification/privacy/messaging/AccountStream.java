package org.wsis.notification.privacy.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.wsis.contracts.account.AccountErased;
import org.wsis.notification.privacy.Erasures;
import org.wsis.servicekit.messaging.InboundEvents;

/**
 * Consumes {@code wsis.account.v1}: this service publishes the erasures it records (through the outbox of
 * the erasures collection, {@link Erasures}) and, like every service, applies them to what it holds.
 */
@Configuration
public class AccountStream {

    @Bean
    Consumer<Message<byte[]>> accountEvents(InboundEvents inbound, Erasures erasures) {
        return message -> inbound.handle("notification-erasure", message, event -> {
            if (event instanceof AccountErased erased) {
                erasures.on(erased);
            }
        });
    }
}
