package org.wsis.moderation.tangled.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A stream consumer in a messaging package, but not named after the stream it reads. */
@Configuration
public class TangledDecisions {

    @Bean
    Consumer<String> decisionEvents() {
        return event -> {};
    }
}
