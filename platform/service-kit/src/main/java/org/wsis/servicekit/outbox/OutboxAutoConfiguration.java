package org.wsis.servicekit.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Starts one {@link OutboxRelay} over the collections a service declares with {@link
 * OutboxCollections}. {@code wsis.outbox.relay.enabled=false} keeps events in the outbox (used by
 * tests that simulate a crash before publication).
 */
@AutoConfiguration
@ConditionalOnBean(OutboxCollections.class)
public class OutboxAutoConfiguration {

    @Bean
    TraceContexts traceContexts(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new TraceContexts(tracer.getIfAvailable(), propagator.getIfAvailable());
    }

    @Bean
    Outbox outbox(TraceContexts traces) {
        return new Outbox(traces);
    }

    @Bean
    AggregateDocuments aggregateDocuments(MongoOperations mongo, Outbox outbox) {
        return new AggregateDocuments(mongo, outbox);
    }

    @Bean
    @ConditionalOnProperty(name = "wsis.outbox.relay.enabled", havingValue = "true", matchIfMissing = true)
    OutboxRelay outboxRelay(
            MongoOperations mongo,
            StreamBridge bridge,
            List<OutboxCollections> declared,
            MeterRegistry meters,
            TraceContexts traces,
            @Value("${spring.application.name}") String source,
            @Value("${wsis.outbox.relay.poll-interval-ms:500}") long pollMillis) {
        List<String> collections =
                declared.stream().flatMap(d -> d.names().stream()).distinct().toList();
        return new OutboxRelay(mongo, bridge, collections, source, pollMillis, meters, traces);
    }
}
