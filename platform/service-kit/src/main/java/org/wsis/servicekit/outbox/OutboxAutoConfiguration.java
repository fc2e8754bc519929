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
 * tests that simulate a crash before publication). Saves announce their events to the relay; the
 * sweep for everything else runs every {@code sweep-interval-ms} (5 s) and leaves events younger than
 * {@code sweep-grace-ms} (10 s) to the announcements; {@code poll-interval-ms} (500) is how long an
 * idle relay waits before it looks again.
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
    AggregateDocuments aggregateDocuments(MongoOperations mongo, Outbox outbox, ObjectProvider<OutboxRelay> relay) {
        return new AggregateDocuments(mongo, outbox, relay);
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
            @Value("${wsis.outbox.relay.poll-interval-ms:500}") long pollMillis,
            @Value("${wsis.outbox.relay.sweep-grace-ms:10000}") long sweepGraceMillis,
            @Value("${wsis.outbox.relay.sweep-interval-ms:5000}") long sweepIntervalMillis) {
        List<String> collections =
                declared.stream().flatMap(d -> d.names().stream()).distinct().toList();
        return new OutboxRelay(
                mongo, bridge, collections, source, pollMillis, sweepGraceMillis, sweepIntervalMillis, meters, traces);
    }
}
