package org.wsis.servicekit.tracing;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** {@link TraceContexts} for the outbox and the consumers, over Micrometer's tracer when there is one. */
@AutoConfiguration(afterName = "org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration")
public class TracingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TraceContexts traceContexts(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new TraceContexts(tracer.getIfAvailable(), propagator.getIfAvailable());
    }
}
