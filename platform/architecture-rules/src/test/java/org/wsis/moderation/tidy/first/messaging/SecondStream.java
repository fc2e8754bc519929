package org.wsis.moderation.tidy.first.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wsis.moderation.tidy.first.Tidy;

/** Reads the stream of the feature {@code second}, from the messaging package of {@code first}. */
@Configuration
public class SecondStream {

    @Bean
    Consumer<String> secondEvents() {
        Tidy tidy = new Tidy();
        return event -> tidy.below();
    }
}
