package org.wsis.servicekit.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The W3C {@code traceparent} of the current span, and spans continuing a stored one. Events wait in
 * the outbox and leave from the relay's own thread; this is how their records still carry the trace
 * of the request that caused them.
 */
public class TraceContexts {

    public static final String TRACEPARENT = "traceparent";

    private final @Nullable Tracer tracer;
    private final @Nullable Propagator propagator;

    public TraceContexts(@Nullable Tracer tracer, @Nullable Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The current trace context as a {@code traceparent} value, if there is a current span. */
    public @Nullable String current() {
        if (tracer == null || propagator == null) {
            return null;
        }
        Span span = tracer.currentSpan();
        return span == null ? null : inject(span);
    }

    /** Starts a span that continues the stored context (or a new trace without one). */
    public @Nullable Span continueFrom(@Nullable String traceparent, String name) {
        if (tracer == null || propagator == null) {
            return null;
        }
        Map<String, String> carrier = traceparent == null ? Map.of() : Map.of(TRACEPARENT, traceparent);
        return propagator
                .extract(carrier, Map::get)
                .name(name)
                .kind(Span.Kind.PRODUCER)
                .start();
    }

    public @Nullable Tracer tracer() {
        return tracer;
    }

    public @Nullable String inject(Span span) {
        if (propagator == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }
}
