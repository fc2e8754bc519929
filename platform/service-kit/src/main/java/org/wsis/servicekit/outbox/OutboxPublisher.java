package org.wsis.servicekit.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.tracing.Span;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.wsis.contracts.CloudEventHeaders;
import org.wsis.servicekit.tracing.TraceContexts;

/**
 * Sends the events of one document to Kafka as CloudEvents records, all at once, and reads the broker's
 * acknowledgements in order. The producer is idempotent: the broker writes one partition's records in
 * the order they were sent and never a later one without the earlier ones, so pipelining a document's
 * events keeps their order while many documents' events share the producer's batches.
 */
final class OutboxPublisher {

    private static final Logger log = LoggerFactory.getLogger(OutboxPublisher.class);

    /**
     * What publishing one document's events achieved: the events the broker acknowledged, in order, up to
     * the first that failed; and the events from that one on that were sent, which the broker may or may
     * not have written (they stay in the outbox and are published again, so they are remembered as
     * uncertain).
     */
    record Sent(List<String> eventIds, List<String> uncertain) {
        boolean failed() {
            return !uncertain.isEmpty();
        }
    }

    private final KafkaOperations<byte[], byte[]> kafka;
    private final String source;
    private final MeterRegistry meters;
    private final TraceContexts traces;
    private final Duration ackTimeout;

    OutboxPublisher(
            KafkaOperations<byte[], byte[]> kafka,
            String source,
            MeterRegistry meters,
            TraceContexts traces,
            Duration ackTimeout) {
        this.kafka = kafka;
        this.source = source;
        this.meters = meters;
        this.traces = traces;
        this.ackTimeout = ackTimeout;
    }

    /** Flushes and closes the producer, when it is one the kit made. */
    void close() {
        if (kafka instanceof org.springframework.kafka.core.KafkaTemplate<byte[], byte[]> template) {
            template.getProducerFactory().reset();
        }
    }

    Sent publishInOrder(List<Document> events) {
        List<CompletableFuture<?>> acks = new ArrayList<>(events.size());
        for (Document event : events) {
            CompletableFuture<?> ack = send(event);
            acks.add(ack);
            if (ack.isCompletedExceptionally()) {
                // Not even handed to the producer (the broker unknown for too long): send nothing after it.
                break;
            }
        }
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
                sent.add(events.get(i).getString("eventId"));
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                List<String> uncertain = new ArrayList<>();
                for (int j = i; j < acks.size(); j++) {
                    uncertain.add(events.get(j).getString("eventId"));
                }
                return new Sent(sent, uncertain);
            }
        }
        return new Sent(sent, List.of());
    }

    private CompletableFuture<?> send(Document stored) {
        String type = stored.getString("type");
        String eventId = stored.getString("eventId");
        Timer.Sample sample = Timer.start(meters);
        Span span = traces.continueFrom(stored.getString(TraceContexts.TRACEPARENT), "outbox publish " + type);
        try {
            RecordHeaders headers = new RecordHeaders();
            header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
            header(headers, CloudEventHeaders.ID, eventId);
            header(headers, CloudEventHeaders.TYPE, type);
            header(headers, CloudEventHeaders.SOURCE, source);
            header(
                    headers,
                    CloudEventHeaders.TIME,
                    toInstant(stored.get("occurredAt")).toString());
            header(headers, CloudEventHeaders.SUBJECT, stored.getString("key"));
            header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
            String traceparent = span == null ? null : traces.inject(span);
            if (traceparent != null) {
                header(headers, TraceContexts.TRACEPARENT, traceparent);
            }
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(
                    stored.getString("topic"),
                    null,
                    bytes(stored.getString("key")),
                    bytes(stored.getString("payload")),
                    headers);
            return kafka.send(record).whenComplete((result, failure) -> done(sample, span, type, eventId, failure));
        } catch (RuntimeException e) {
            done(sample, span, type, eventId, e);
            return CompletableFuture.failedFuture(e);
        }
    }

    private void done(
            Timer.Sample sample, @Nullable Span span, String type, String eventId, @Nullable Throwable failure) {
        if (failure == null) {
            sample.stop(meters.timer("wsis.outbox.publish", "type", type, "outcome", "published"));
        } else {
            sample.stop(meters.timer("wsis.outbox.publish", "type", type, "outcome", "failed"));
            Counter.builder("wsis.outbox.publish.failures")
                    .tag("type", type)
                    .register(meters)
                    .increment();
            if (span != null) {
                span.error(failure);
            }
            log.warn("Could not publish {} {}; it stays in the outbox: {}", type, eventId, failure.toString());
        }
        if (span != null) {
            span.end();
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, bytes(value));
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static Instant toInstant(Object value) {
        return value instanceof Date date ? date.toInstant() : Instant.parse(String.valueOf(value));
    }
}
