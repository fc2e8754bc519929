package org.wsis.moderation.tangled.first;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wsis.servicekit.outbox.OutboxCollections;

/** A stream consumer outside any messaging package, named after nothing it reads, declaring an outbox. */
@Configuration
public class FirstEvents {

    @Bean
    Consumer<String> firstEvents() {
        return event -> {};
    }

    @Bean
    OutboxCollections firstOutbox() {
        return OutboxCollections.of("firsts");
    }
}
