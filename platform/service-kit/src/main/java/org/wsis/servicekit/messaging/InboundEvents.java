package org.wsis.servicekit.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.wsis.contracts.CloudEventHeaders;
import org.wsis.contracts.DomainEvent;
import org.wsis.contracts.EventJson;
import org.wsis.contracts.EventTypes;

/**
 * The receiving side of every stream: decodes a record by its {@code ce_type}, skips an event this
 * consumer has already processed, hands it to the service's handler, then records it as processed.
 *
 * <p>A record that cannot be decoded, or whose handler throws, propagates the exception to {@link
 * ConsumerFailures}: a transient failure is retried in place until it succeeds; otherwise the record is
 * retried a few times, then parked on the topic's dead-letter topic, and the consumer goes on with the
 * next record. Every outcome is counted ({@code wsis.events.consumed}). Event types this service does not know are skipped: streams grow by adding
 * types, and an older consumer must keep running.
 *
 * <p>The processed-events log guards against redelivery after a completed handling. The window
 * between a handler's write and the log's insert is covered by the handlers themselves, which apply
 * changes conditionally (deterministic ids, revision checks), so a redelivery inside it changes
 * nothing either.
 */
public class InboundEvents {

    private static final Logger log = LoggerFactory.getLogger(InboundEvents.class);

    private final ProcessedEvents processed;
    private final MeterRegistry meters;

    public InboundEvents(ProcessedEvents processed, MeterRegistry meters) {
        this.processed = processed;
        this.meters = meters;
    }

    /**
     * Handles one record for {@code consumer} (a stable name, e.g. {@code moderation-queue}).
     */
    public void handle(String consumer, Message<byte[]> message, Consumer<DomainEvent> handler) {
        String id = header(message, CloudEventHeaders.ID);
        String type = header(message, CloudEventHeaders.TYPE);
        if (id == null || type == null) {
            count(consumer, String.valueOf(type), "malformed");
            throw new MalformedEventException("Record without ce_id or ce_type header");
        }
        if (EventTypes.byName(type).isEmpty()) {
            log.debug("{} skips event type {} it does not know", consumer, type);
            count(consumer, type, "unknown-type");
            return;
        }
        DomainEvent event;
        try {
            event = EventJson.read(type, message.getPayload());
        } catch (RuntimeException e) {
            count(consumer, type, "malformed");
            throw new MalformedEventException("Cannot read " + type + " " + id + ": " + e.getMessage(), e);
        }
        try {
            if (processed.contains(consumer, id)) {
                log.debug("{} already processed {} {}", consumer, type, id);
                count(consumer, type, "duplicate");
                return;
            }
            handler.accept(event);
            processed.add(consumer, id);
        } catch (RuntimeException e) {
            // Every failure counts, the idempotency check's and the log's included (the database away).
            count(consumer, type, failureOutcome(e));
            throw e;
        }
        count(consumer, type, "processed");
    }

    /** The outcome a failed handling is counted under: retried until it succeeds, or not. */
    public static String failureOutcome(Throwable failure) {
        return Failures.isTransient(failure) ? "transient-failure" : "failed";
    }

    private void count(String consumer, String type, String outcome) {
        meters.counter("wsis.events.consumed", "consumer", consumer, "type", type, "outcome", outcome)
                .increment();
    }

    /**
     * The records of a batch as one message each, with their own headers, for consumers bound in batch
     * mode ({@code consumer.batch-mode=true}), which receive the payloads as a list and each record's
     * headers in {@code kafka_batchConvertedHeaders}.
     */
    @SuppressWarnings("unchecked")
    public static java.util.List<Message<byte[]>> records(Message<? extends java.util.List<byte[]>> batch) {
        java.util.List<byte[]> payloads = batch.getPayload();
        Object converted = batch.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS);
        java.util.List<java.util.Map<String, Object>> headers = converted instanceof java.util.List<?> list
                ? (java.util.List<java.util.Map<String, Object>>) list
                : java.util.List.of();
        java.util.List<Message<byte[]>> records = new java.util.ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            MessageBuilder<byte[]> record = MessageBuilder.withPayload(payloads.get(i));
            if (i < headers.size()) {
                record.copyHeaders(headers.get(i));
            }
            records.add(record.build());
        }
        return records;
    }

    /**
     * Decodes a record without the processed-events log, for consumers that make redelivery harmless
     * by other means (such as offsets stored with their state). Empty for a type this service does not
     * know; throws for a malformed record, which the binder then retries and dead-letters.
     */
    public static java.util.Optional<DomainEvent> decode(Message<byte[]> message) {
        String id = header(message, CloudEventHeaders.ID);
        String type = header(message, CloudEventHeaders.TYPE);
        if (id == null || type == null) {
            throw new MalformedEventException("Record without ce_id or ce_type header");
        }
        if (EventTypes.byName(type).isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(EventJson.read(type, message.getPayload()));
        } catch (RuntimeException e) {
            throw new MalformedEventException("Cannot read " + type + " " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * A CloudEvents attribute, whatever prefix the binding layer left it under: {@code ce_} as on the
     * Kafka record, or {@code ce-} / {@code ce.} after Spring Cloud Function canonicalises a message it
     * recognises as a cloud event (which it does for records our own relay publishes).
     */
    static @Nullable String header(Message<?> message, String kafkaName) {
        String attribute = kafkaName.substring(CE_PREFIX.length());
        for (String prefix : new String[] {CE_PREFIX, "ce-", "ce."}) {
            Object value = message.getHeaders().get(prefix + attribute);
            if (value instanceof byte[] bytes) {
                return new String(bytes, StandardCharsets.UTF_8);
            }
            if (value != null) {
                return value.toString();
            }
        }
        return null;
    }

    private static final String CE_PREFIX = "ce_";

    /** A record that is not a readable event; it goes to the dead-letter topic. */
    public static class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message);
        }

        public MalformedEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
