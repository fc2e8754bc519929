package org.wsis.portal;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The trace context the portal hands to a service it calls: the W3C {@code traceparent} of the portal's
 * current span (the page or API request being served), so that the service's spans, and the events it
 * publishes, join the same trace. Callers' own trace headers never reach this far ({@link TraceEdge}).
 */
@Component
public class TraceHeaders {

    private final @Nullable Tracer tracer;
    private final @Nullable Propagator propagator;

    public TraceHeaders(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        this.tracer = tracer.getIfAvailable();
        this.propagator = propagator.getIfAvailable();
    }

    /** Adds the current span's trace headers through {@code header}; nothing when no span is current. */
    public void addTo(BiConsumer<String, String> header) {
        if (tracer == null || propagator == null) {
            return;
        }
        Span current = tracer.currentSpan();
        if (current != null) {
            propagator.inject(current.context(), header, BiConsumer::accept);
        }
    }
}
