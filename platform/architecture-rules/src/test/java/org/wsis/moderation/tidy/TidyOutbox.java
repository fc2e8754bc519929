package org.wsis.moderation.tidy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wsis.servicekit.outbox.OutboxCollections;

/** The service's one declaration of the collections whose documents carry events. */
@Configuration
class TidyOutbox {

    @Bean
    OutboxCollections tidyOutbox() {
        return OutboxCollections.of("tidies");
    }
}
