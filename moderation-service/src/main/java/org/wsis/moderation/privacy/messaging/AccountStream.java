package org.wsis.moderation.privacy.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.wsis.contracts.account.AccountErased;
import org.wsis.moderation.privacy.PersonalData;
import org.wsis.servicekit.messaging.InboundEvents;

/** Consumes {@code wsis.account.v1}: the erasure of an account. */
@Configuration
public class AccountStream {

    @Bean
    Consumer<Message<byte[]>> accountEvents(InboundEvents inbound, PersonalData data) {
        return message -> inbound.handle("moderation-erasure", message, event -> {
            if (event instanceof AccountErased erased) {
                data.on(erased);
            }
        });
    }
}
