package org.wsis.convening.privacy.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.wsis.contracts.account.AccountErased;
import org.wsis.convening.privacy.PersonalData;
import org.wsis.servicekit.messaging.InboundEvents;

/** Consumes {@code wsis.account.v1}: a person who erased their account leaves the convenors they managed. */
@Configuration
public class AccountStream {

    @Bean
    Consumer<Message<byte[]>> accountEvents(InboundEvents inbound, PersonalData personalData) {
        return message -> inbound.handle("convening-erasure", message, event -> {
            if (event instanceof AccountErased erased) {
                personalData.on(erased);
            }
        });
    }
}
