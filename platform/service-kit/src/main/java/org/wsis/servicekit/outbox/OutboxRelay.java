package org.wsis.servicekit.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.BulkOperations;
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
 * <p>Two paths lead here. A save in this process tells the relay what it just wrote ({@link #saved}):
 * the relay publishes those events straight away, documents in parallel (each document's events in
 * order), and removes them with one bulk write per collection, without reading anything back. A sweep
 * then finds what no save told it: events saved before this process started, or by another replica
 * that died, or whose publication failed. The sweep skips events younger than the grace period (their
 * save is expected to announce them), so the two paths rarely publish the same event; when they do,
 * consumers de-duplicate.
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

    /** When an event was saved into the outbox, by the wall clock. */
    public static final String SAVED_AT = "savedAt";

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 100;
    private static final int HINTED_BATCH = 2_000;

    /** Events a save in this process just wrote into one document's outbox. */
    private record Saved(String collection, Object id, List<Document> events) {}

    private final MongoOperations mongo;
    private final StreamBridge bridge;
    private final List<String> collections;
    private final String source;
    private final long pollMillis;
    private final long sweepGraceMillis;
    private final long sweepIntervalMillis;
    private final Instant startedAt = Instant.now();
    private final ConcurrentLinkedQueue<Saved> saved = new ConcurrentLinkedQueue<>();
    private final Set<String> stalled = ConcurrentHashMap.newKeySet();
    private volatile ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private volatile boolean sweepRequested = true;
    private long lastSweep;
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
            long sweepGraceMillis,
            long sweepIntervalMillis,
            MeterRegistry meters,
            TraceContexts traces) {
        this.mongo = mongo;
        this.bridge = bridge;
        this.collections = List.copyOf(collections);
        this.source = source;
        this.pollMillis = pollMillis;
        this.sweepGraceMillis = sweepGraceMillis;
        this.sweepIntervalMillis = sweepIntervalMillis;
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

    /** Asks the relay to sweep every collection now instead of at its next poll. */
    public void wakeUp() {
        sweepRequested = true;
        signal();
    }

    private void signal() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    /**
     * A save in this process wrote {@code events} into the outbox of document {@code id}, in one atomic
     * write that has succeeded: the relay publishes them without looking for them.
     */
    public void saved(String collection, Object id, List<Document> events) {
        if (!events.isEmpty() && collections.contains(collection)) {
            saved.add(new Saved(collection, id, List.copyOf(events)));
            signal();
        }
    }

    /** An insert through the template that left events in a watched collection's outbox. */
    @Override
    public void onApplicationEvent(AfterSaveEvent<Object> event) {
        Document document = event.getDocument();
        if (document != null && document.get("_id") != null) {
            saved(event.getCollectionName(), document.get("_id"), document.getList(FIELD, Document.class, List.of()));
        }
    }

    /** One sweep over every collection, whatever the events' age; returns how many events were published. */
    public int publishPending() {
        int published = publishSaved();
        for (String collection : collections) {
            published += sweep(collection, new Date());
        }
        return published;
    }

    /**
     * Publishes what saves announced: each document's events in order on a thread of its own, then one
     * bulk removal per collection. A document whose publication fails is left to the sweep, and so
     * are its later events, which must not overtake it.
     */
    private int publishSaved() {
        Map<String, Saved> byDocument = new LinkedHashMap<>();
        Saved next;
        while (byDocument.size() < HINTED_BATCH && (next = saved.poll()) != null) {
            String key = next.collection() + "/" + next.id();
            if (stalled.contains(key)) {
                continue;
            }
            Saved earlier = byDocument.get(key);
            if (earlier == null) {
                byDocument.put(key, next);
            } else {
                List<Document> events = new ArrayList<>(earlier.events());
                events.addAll(next.events());
                byDocument.put(key, new Saved(next.collection(), next.id(), events));
            }
        }
        if (byDocument.isEmpty()) {
            return 0;
        }
        Map<String, Future<List<String>>> sending = new LinkedHashMap<>();
        byDocument.forEach((key, document) -> sending.put(key, senders.submit(() -> publishInOrder(document))));
        Map<String, BulkOperations> removals = new HashMap<>();
        int published = 0;
        for (Map.Entry<String, Future<List<String>>> entry : sending.entrySet()) {
            Saved document = byDocument.get(entry.getKey());
            List<String> sent = await(entry.getValue());
            if (sent.size() < document.events().size()) {
                stalled.add(entry.getKey());
            }
            if (!sent.isEmpty()) {
                removals.computeIfAbsent(
                                document.collection(), c -> mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, c))
                        .updateOne(
                                new Query(Criteria.where("_id").is(document.id())),
                                new Update().pull(FIELD, new Document("eventId", new Document("$in", sent))));
                published += sent.size();
            }
        }
        removals.values().forEach(BulkOperations::execute);
        return published;
    }

    /** Publishes a document's events in order, stopping at the first failure; returns the ids sent. */
    private List<String> publishInOrder(Saved document) {
        List<String> sent = new ArrayList<>();
        for (Document event : document.events()) {
            if (!publish(event)) {
                break;
            }
            sent.add(event.getString("eventId"));
        }
        return sent;
    }

    private static List<String> await(Future<List<String>> sending) {
        try {
            return sending.get();
        } catch (ExecutionException e) {
            log.warn("Publishing from the outbox failed: {}", e.getCause().toString());
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /**
     * Publishes the events saved before {@code cutoff} (or before this process started, whose saves
     * no one will announce) that are still waiting.
     */
    private int sweep(String collection, Date cutoff) {
        Criteria stuck = new Criteria()
                .orOperator(
                        Criteria.where(FIELD + ".0." + SAVED_AT).lt(cutoff),
                        Criteria.where(FIELD + ".0." + SAVED_AT).lt(Date.from(startedAt)),
                        Criteria.where(FIELD + ".0")
                                .exists(true)
                                .and(FIELD + ".0." + SAVED_AT)
                                .exists(false));
        Query waiting = new Query(stuck).limit(BATCH);
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
            if (document.getList(FIELD, Document.class, List.of()).size() == published) {
                stalled.remove(collection + "/" + document.get("_id"));
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
            int published = 0;
            try {
                published = publishSaved();
                long now = System.currentTimeMillis();
                if (sweepRequested || now - lastSweep >= sweepIntervalMillis) {
                    boolean everything = sweepRequested;
                    sweepRequested = false;
                    lastSweep = now;
                    Date cutoff = new Date(everything ? now : now - sweepGraceMillis);
                    for (String collection : collections) {
                        published += sweep(collection, cutoff);
                    }
                }
            } catch (RuntimeException e) {
                log.warn("Outbox relay pass failed, retrying: {}", e.toString());
            }
            if (published > 0 && !saved.isEmpty()) {
                continue;
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
        if (senders.isShutdown()) {
            // Started again after a stop (a paused context resumes): the old senders are gone.
            senders = Executors.newVirtualThreadPerTaskExecutor();
        }
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
        // After the worker: a pass in progress finishes its sends before the senders go.
        senders.shutdown();
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
