package org.wsis.servicekit.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.wsis.contracts.CloudEventHeaders;

/**
 * Publishes the events waiting in aggregates' {@code outbox} arrays, oldest first per document, and
 * removes each one by its event id once the broker has acknowledged it.
 *
 * <p>Guarantees: an event saved with its state change is published even if the process dies right
 * after the save (the next relay run finds it). An event may be published twice (a crash between the
 * broker's acknowledgement and the removal, or two relays running at once); consumers de-duplicate
 * on {@code ce_id}. Events of one aggregate leave in the order they were appended because one
 * document's array is drained in order and a failure stops that document's drain.
 *
 * <p>The removal is a {@code $pull} that leaves the document's version alone: bumping it would turn
 * every publish into a spurious optimistic-lock conflict for users editing the aggregate. The cost is
 * that a save based on a copy loaded before the pull puts the published event back, which re-publishes
 * it: a duplicate, absorbed downstream, never a loss.
 */
public class OutboxRelay implements SmartLifecycle, ApplicationListener<AfterSaveEvent<Object>> {

    public static final String FIELD = "outbox";

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 100;

    private final MongoOperations mongo;
    private final StreamBridge bridge;
    private final List<String> collections;
    private final String source;
    private final long pollMillis;
    private final MeterRegistry meters;
    private final TraceContexts traces;
    private final Semaphore wakeUp = new Semaphore(0);
    private final ConcurrentHashMap<String, AtomicLong> pending = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(
            MongoOperations mongo,
            StreamBridge bridge,
            List<String> collections,
            String source,
            long pollMillis,
            MeterRegistry meters,
            TraceContexts traces) {
        this.mongo = mongo;
        this.bridge = bridge;
        this.collections = List.copyOf(collections);
        this.source = source;
        this.pollMillis = pollMillis;
        this.meters = meters;
        this.traces = traces;
        for (String collection : this.collections) {
            AtomicLong count = new AtomicLong();
            pending.put(collection, count);
            Gauge.builder("wsis.outbox.pending", count, AtomicLong::get)
                    .description("Aggregates whose outbox holds events not yet published")
                    .tag("collection", collection)
                    .register(meters);
        }
    }

    /** Asks the relay to run now instead of at its next poll; called after a save with events. */
    public void wakeUp() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    /** A save that left events in a watched collection's outbox wakes the relay at once. */
    @Override
    public void onApplicationEvent(AfterSaveEvent<Object> event) {
        Document saved = event.getDocument();
        if (saved != null
                && collections.contains(event.getCollectionName())
                && !saved.getList(FIELD, Object.class, List.of()).isEmpty()) {
            wakeUp();
        }
    }

    /** One pass over every collection; returns how many events were published. */
    public int publishPending() {
        int published = 0;
        for (String collection : collections) {
            published += publishPending(collection);
        }
        return published;
    }

    private int publishPending(String collection) {
        Query waiting = new Query(Criteria.where(FIELD + ".0").exists(true)).limit(BATCH);
        List<Document> documents = mongo.find(waiting, Document.class, collection);
        pending.get(collection).set(documents.size());
        int published = 0;
        for (Document document : documents) {
            List<Document> messages = document.getList(FIELD, Document.class, List.of());
            for (Document message : messages) {
                if (!publish(message)) {
                    break;
                }
                mongo.updateFirst(
                        new Query(Criteria.where("_id").is(document.get("_id"))),
                        new Update().pull(FIELD, new Document("eventId", message.getString("eventId"))),
                        collection);
                published++;
            }
        }
        return published;
    }

    private boolean publish(Document stored) {
        String type = stored.getString("type");
        Timer.Sample sample = Timer.start(meters);
        Span span = traces.continueFrom(stored.getString(TraceContexts.TRACEPARENT), "outbox publish " + type);
        try (Tracer.SpanInScope scope =
                span == null || traces.tracer() == null ? null : traces.tracer().withSpan(span)) {
            Instant occurredAt = toInstant(stored.get("occurredAt"));
            MessageBuilder<byte[]> builder = MessageBuilder.withPayload(
                            stored.getString("payload").getBytes(StandardCharsets.UTF_8))
                    .setHeader(KafkaHeaders.KEY, stored.getString("key").getBytes(StandardCharsets.UTF_8))
                    .setHeader(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE)
                    .setHeader(CloudEventHeaders.ID, stored.getString("eventId"))
                    .setHeader(CloudEventHeaders.TYPE, type)
                    .setHeader(CloudEventHeaders.SOURCE, source)
                    .setHeader(CloudEventHeaders.TIME, occurredAt.toString())
                    .setHeader(CloudEventHeaders.SUBJECT, stored.getString("key"))
                    .setHeader(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
            String traceparent = span == null ? null : traces.inject(span);
            if (traceparent != null) {
                builder.setHeader(TraceContexts.TRACEPARENT, traceparent);
            }
            boolean sent = bridge.send(stored.getString("topic"), builder.build());
            if (!sent) {
                throw new IllegalStateException("the binder refused the message");
            }
            sample.stop(meters.timer("wsis.outbox.publish", "type", type, "outcome", "published"));
            return true;
        } catch (RuntimeException e) {
            sample.stop(meters.timer("wsis.outbox.publish", "type", type, "outcome", "failed"));
            Counter.builder("wsis.outbox.publish.failures")
                    .tag("type", type)
                    .register(meters)
                    .increment();
            if (span != null) {
                span.error(e);
            }
            log.warn(
                    "Could not publish {} {}; it stays in the outbox: {}",
                    type,
                    stored.getString("eventId"),
                    e.toString());
            return false;
        } finally {
            if (span != null) {
                span.end();
            }
        }
    }

    private static Instant toInstant(Object value) {
        return value instanceof Date date ? date.toInstant() : Instant.parse(String.valueOf(value));
    }

    private void loop() {
        while (running) {
            try {
                publishPending();
            } catch (RuntimeException e) {
                log.warn("Outbox relay pass failed, retrying: {}", e.toString());
            }
            try {
                if (wakeUp.tryAcquire(pollMillis, TimeUnit.MILLISECONDS)) {
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
        log.info("Outbox relay started on collections {}", collections);
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Start after the binder's bindings, stop before them.
        return Integer.MAX_VALUE - 1000;
    }
}
