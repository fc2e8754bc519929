package org.wsis.community.privacy.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.wsis.community.privacy.PersonalData;
import org.wsis.contracts.account.AccountErased;
import org.wsis.servicekit.messaging.InboundEvents;

/** Consumes {@code wsis.account.v1}: a person who erased their account stays in the forum only as a pseudonym. */
@Configuration
public class AccountStream {

    @Bean
    Consumer<Message<byte[]>> accountEvents(InboundEvents inbound, PersonalData personalData) {
        return message -> inbound.handle("community-erasure", message, event -> {
            if (event instanceof AccountErased erased) {
                personalData.on(erased);
            }
        });
    }
}
