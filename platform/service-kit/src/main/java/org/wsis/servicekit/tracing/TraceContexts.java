package org.wsis.servicekit.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.messaging.Message;

/**
 * The W3C {@code traceparent} of the current span, and spans continuing a stored one. Events wait in
 * the outbox and leave from the relay's own thread; this is how their records still carry the trace
 * of the request that caused them. Consumers bound in batch mode, which the binder does not trace, mark
 * the records they received with {@link #received(String, List)}.
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

    /**
     * One span per traced record of a batch, each a child of its record's {@code traceparent} (records
     * without one start no trace), named after the consumer; they end together when the batch is handled
     * ({@link Received#close()}), so each shows when its record was taken and how long its batch took.
     */
    public Received received(String consumer, List<? extends Message<?>> records) {
        List<Span> spans = new ArrayList<>();
        if (tracer != null && propagator != null) {
            for (Message<?> record : records) {
                String traceparent = text(record.getHeaders().get(TRACEPARENT));
                if (traceparent != null) {
                    spans.add(propagator
                            .extract(Map.of(TRACEPARENT, traceparent), Map::get)
                            .name(consumer + " receive")
                            .kind(Span.Kind.CONSUMER)
                            .remoteServiceName("kafka")
                            .tag("wsis.consumer", consumer)
                            .tag("wsis.batch.size", String.valueOf(records.size()))
                            .start());
                }
            }
        }
        return new Received(spans);
    }

    /** The spans of a received batch; closing ends them. */
    public static final class Received implements AutoCloseable {

        private final List<Span> spans;

        private Received(List<Span> spans) {
            this.spans = spans;
        }

        @Override
        public void close() {
            spans.forEach(Span::end);
        }
    }

    private static @Nullable String text(@Nullable Object header) {
        if (header instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return header == null ? null : header.toString();
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
