package org.wsis.servicekit.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoOperations;
import org.wsis.servicekit.messaging.KafkaProducers;
import org.wsis.servicekit.tracing.TraceContexts;
import org.wsis.servicekit.tracing.TracingAutoConfiguration;

/**
 * Starts one {@link OutboxRelay} over the collections a service declares with {@link
 * OutboxCollections}, with the settings of {@link OutboxRelaySettings} ({@code wsis.outbox.relay.*};
 * {@code enabled=false} keeps events in the outbox, for tests that simulate a crash before publication).
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        after = TracingAutoConfiguration.class)
@ConditionalOnBean(OutboxCollections.class)
@EnableConfigurationProperties(OutboxRelaySettings.class)
public class OutboxAutoConfiguration {

    @Bean
    Outbox outbox(TraceContexts traces) {
        return new Outbox(traces);
    }

    @Bean
    AggregateDocuments aggregateDocuments(MongoOperations mongo, Outbox outbox, ObjectProvider<OutboxRelay> relay) {
        return new AggregateDocuments(mongo, outbox, relay);
    }

    @Bean
    @ConditionalOnProperty(name = "wsis.outbox.relay.enabled", havingValue = "true", matchIfMissing = true)
    OutboxRelay outboxRelay(
            MongoOperations mongo,
            ObjectProvider<KafkaProperties> kafka,
            Environment environment,
            List<OutboxCollections> declared,
            MeterRegistry meters,
            TraceContexts traces,
            OutboxRelaySettings settings,
            @Value("${spring.application.name}") String source) {
        List<String> collections =
                declared.stream().flatMap(d -> d.names().stream()).distinct().toList();
        return new OutboxRelay(
                mongo,
                KafkaProducers.bytes(kafka.getIfAvailable(), environment, source + "-outbox"),
                collections,
                source,
                settings,
                meters,
                traces);
    }
}
