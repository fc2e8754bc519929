package org.wsis.submission.entry.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.wsis.contracts.account.AccountErased;
import org.wsis.servicekit.messaging.InboundEvents;
import org.wsis.submission.entry.EntryService;

/** Consumes {@code wsis.account.v1}: a person who erased their account withdraws or transfers their entries. */
@Configuration
public class AccountStream {

    @Bean
    Consumer<Message<byte[]>> accountEvents(InboundEvents inbound, EntryService entries) {
        return message -> inbound.handle("submission-erasure", message, event -> {
            if (event instanceof AccountErased erased) {
                entries.on(erased);
            }
        });
    }
}
