package org.wsis.servicekit.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaOperations;
import org.wsis.servicekit.background.BackgroundLoop;
import org.wsis.servicekit.outbox.OutboxPublisher.Sent;
import org.wsis.servicekit.tracing.TraceContexts;

/**
 * Publishes the events waiting in aggregates' {@code outbox} arrays, oldest first per document, and
 * removes each one by its event id once the broker has acknowledged it. Any number of replicas may run
 * it over the same database.
 *
 * <p>Two paths lead here. A save in this process tells the relay what it just wrote ({@link #saved}):
 * when nothing older waits ahead of those events in the document, the relay publishes them straight away,
 * documents in parallel, each document's events in order, and removes them with one bulk write, without
 * reading anything back. A sweep finds the rest: events saved before this process started, by a replica
 * that died, whose publication failed, or that a save found older events ahead of. The sweep
 * <em>claims</em> documents before it publishes them: it writes a lease (owner, a token of this pass, an
 * expiry) into each document that holds no live lease, reads back the ones that carry its token and
 * publishes their whole outboxes in order. So replicas share the backlog instead of all publishing the
 * same documents, and a replica that dies while holding a claim only delays those documents until the
 * lease runs out. A sweep takes only events older than the grace period (their own replica is publishing
 * the younger ones), also on its first pass after a start. A full batch is followed by the next one at
 * once, so a backlog after a broker outage drains as fast as the broker takes it.
 *
 * <p>Guarantees: an event saved with its state change is published even if the process dies right after
 * the save. Events of one aggregate reach the topic in the order they were saved: a save that finds older
 * events waiting ahead of its own does not publish its own, it has the document drained in order under a
 * claim; a document whose publication fails keeps its remaining events, and any later save of it finds
 * them ahead. An event may be published more than once: when a send failed without the relay knowing
 * whether the broker wrote it (the event is remembered in the document's {@value #UNCERTAIN} list, and its
 * next publication counted), or when a claim ran out while its holder was still publishing; each such
 * copy the relay can know of is counted in {@code wsis.outbox.republished}. Consumers de-duplicate on
 * {@code ce_id}.
 *
 * <p>The removal is a {@code $pull} that leaves the document's version alone: bumping it would turn every
 * publish into a spurious optimistic-lock conflict for users editing the aggregate. Announcements wait in
 * a bounded queue; when the broker is away under load and the queue is full, further announcements are
 * dropped (counted in {@code wsis.outbox.announcements.dropped}): their events are in the database, and
 * the sweep publishes them.
 */
public class OutboxRelay implements SmartLifecycle, ApplicationListener<AfterSaveEvent<Object>> {

    public static final String FIELD = "outbox";

    /** When an event was saved into the outbox, by the wall clock. */
    public static final String SAVED_AT = "savedAt";

    /** A sweep's claim on a document: {@code {owner, token, until}}. */
    public static final String LEASE = "outboxLease";

    /** Events whose publication failed without the broker saying whether it wrote them. */
    public static final String UNCERTAIN = "outboxUncertain";

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int HINTED_BATCH = 2_000;
    private static final Date EPOCH = new Date(0);

    /** Events a save in this process just wrote into one document's outbox. */
    private record Saved(String collection, Object id, List<Document> events, boolean behind) {}

    /** What one claim of documents published, and whether it claimed as many as it could. */
    private record Claimed(int published, boolean full) {}

    private final MongoOperations mongo;
    private final OutboxPublisher publisher;
    private final List<String> collections;
    private final String source;
    private final OutboxRelaySettings settings;
    private final MeterRegistry meters;
    private final TraceContexts traces;
    private final String owner = UUID.randomUUID().toString();
    private final BlockingQueue<Saved> saved;
    private final Semaphore wakeUp = new Semaphore(0);
    private final Map<String, AtomicLong> pending = new HashMap<>();
    private final Counter dropped;
    private final Map<String, Counter> republished = new HashMap<>();
    private final BackgroundLoop loop;
    private volatile ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private volatile long lastSweep;
    private boolean sweepAgain;

    public OutboxRelay(
            MongoOperations mongo,
            KafkaOperations<byte[], byte[]> kafka,
            List<String> collections,
            String source,
            OutboxRelaySettings settings,
            MeterRegistry meters,
            TraceContexts traces) {
        this.mongo = mongo;
        this.publisher = new OutboxPublisher(kafka, source, meters, traces, settings.ackTimeout());
        this.collections = List.copyOf(collections);
        this.source = source;
        this.settings = settings;
        this.meters = meters;
        this.traces = traces;
        this.saved = new ArrayBlockingQueue<>(Math.max(1, settings.announcementQueue()));
        for (String collection : this.collections) {
            AtomicLong count = new AtomicLong();
            pending.put(collection, count);
            Gauge.builder("wsis.outbox.pending", count, AtomicLong::get)
                    .description("Aggregates whose outbox holds events not yet published, as the last sweep counted")
                    .tag("collection", collection)
                    .register(meters);
            republished.put(
                    collection,
                    Counter.builder("wsis.outbox.republished")
                            .description("Events published again that the broker may already have had")
                            .tag("collection", collection)
                            .register(meters));
        }
        this.dropped = Counter.builder("wsis.outbox.announcements.dropped")
                .description("Announced saves left to the sweep because the relay's queue was full")
                .register(meters);
        this.loop = new BackgroundLoop(
                "outbox-relay",
                this::step,
                settings.pollInterval(),
                () -> {
                    if (wakeUp.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                        wakeUp.drainPermits();
                    }
                },
                this::signal);
    }

    /** Asks the relay to sweep every collection now instead of at its next sweep. */
    public void wakeUp() {
        lastSweep = 0;
        signal();
    }

    private void signal() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    /**
     * A save in this process wrote {@code events} into the outbox of document {@code id}, in one atomic
     * write that has succeeded, and nothing older waits ahead of them: the relay publishes them without
     * looking for them.
     */
    public void saved(String collection, Object id, List<Document> events) {
        announce(new Saved(collection, id, List.copyOf(events), false));
    }

    /**
     * A save in this process wrote events into the outbox of document {@code id}, behind older ones still
     * waiting: the relay drains the document in order, under a claim, now rather than at the next sweep.
     */
    public void savedBehind(String collection, Object id) {
        announce(new Saved(collection, id, List.of(), true));
    }

    private void announce(Saved announcement) {
        if (!collections.contains(announcement.collection())
                || (!announcement.behind() && announcement.events().isEmpty())) {
            return;
        }
        if (saved.offer(announcement)) {
            signal();
        } else {
            dropped.increment();
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

    /** Publishes what saves announced, then sweeps every collection regardless of the grace period. */
    public int publishPending() {
        int published = publishAnnounced();
        for (String collection : collections) {
            Claimed claimed;
            do {
                claimed = claim(collection, olderThan(new Date()), settings.batch(), new Date());
                published += claimed.published();
            } while (claimed.full() && claimed.published() > 0);
            countPending(collection);
        }
        return published;
    }

    private boolean step() {
        int published = publishAnnounced();
        long now = System.currentTimeMillis();
        if (sweepAgain || now - lastSweep >= settings.sweepInterval().toMillis()) {
            boolean fullSweep = now - lastSweep >= settings.sweepInterval().toMillis();
            lastSweep = now;
            sweepAgain = false;
            Date cutoff = new Date(now - settings.sweepGrace().toMillis());
            for (String collection : collections) {
                Claimed claimed = claim(collection, olderThan(cutoff), settings.batch(), new Date(now));
                published += claimed.published();
                // A full claim that published: more is waiting, take the next batch at once.
                sweepAgain |= claimed.full() && claimed.published() > 0;
                if (fullSweep) {
                    countPending(collection);
                }
            }
        }
        return published > 0 || sweepAgain || !saved.isEmpty();
    }

    /**
     * Publishes what saves announced. Documents announced as having older events ahead are drained under
     * a claim, whole; the others' announced events are published each document in order on a thread of
     * its own, then removed with one bulk write per collection.
     */
    private int publishAnnounced() {
        Map<String, Saved> plain = new LinkedHashMap<>();
        Map<String, Set<Object>> behind = new LinkedHashMap<>();
        Saved next;
        int taken = 0;
        while (taken++ < HINTED_BATCH && (next = saved.poll()) != null) {
            String key = next.collection() + "/" + next.id();
            if (next.behind()
                    || behind.getOrDefault(next.collection(), Set.of()).contains(next.id())) {
                // The whole document goes under a claim: its plain announcements too, so that nothing is
                // published by two paths at once.
                plain.remove(key);
                behind.computeIfAbsent(next.collection(), c -> new HashSet<>()).add(next.id());
                continue;
            }
            Saved earlier = plain.get(key);
            if (earlier == null) {
                plain.put(key, next);
            } else {
                List<Document> events = new ArrayList<>(earlier.events());
                events.addAll(next.events());
                plain.put(key, new Saved(next.collection(), next.id(), events, false));
            }
        }
        int published = 0;
        for (Map.Entry<String, Set<Object>> documents : behind.entrySet()) {
            published += claim(
                            documents.getKey(),
                            Criteria.where("_id")
                                    .in(documents.getValue())
                                    .and(FIELD + "." + SAVED_AT)
                                    .gte(EPOCH),
                            documents.getValue().size(),
                            new Date())
                    .published();
        }
        List<Future<Integer>> sending = new ArrayList<>();
        for (Saved document : plain.values()) {
            sending.add(senders.submit(() -> publishAnnounced(document)));
        }
        for (Future<Integer> done : sending) {
            published += count(done);
        }
        return published;
    }

    /**
     * Publishes a document's announced events in order and removes them while the document still holds
     * all of them; a failed event stays, and is remembered as uncertain.
     */
    private int publishAnnounced(Saved document) {
        Sent sent = publishInOrder(document.events());
        Update update = sent.eventIds().isEmpty() ? new Update() : pull(sent.eventIds());
        if (sent.failed()) {
            // Left to the sweep (and to the next save of the document, which finds them ahead); the broker
            // may have written them after all.
            update.addToSet(UNCERTAIN).each(sent.uncertain().toArray());
        }
        if (!update.getUpdateObject().isEmpty()) {
            Document before = updateByIdReadingBefore(document.collection(), document.id(), update);
            countCopies(document.collection(), before, sent.eventIds());
        }
        return sent.eventIds().size();
    }

    /**
     * Applies {@code update} to the document, found by its id alone (so the wire-protocol server uses its
     * index), and returns the waiting events' ids and the claim as they were just before.
     */
    private @Nullable Document updateByIdReadingBefore(String collection, Object id, Update update) {
        Query byId = Query.query(Criteria.where("_id").is(id));
        byId.fields().include(FIELD + ".eventId").include(LEASE + ".token");
        return mongo.findAndModify(
                byId, update, FindAndModifyOptions.options().returnNew(false), Document.class, collection);
    }

    /**
     * Events this relay published that the document no longer held when it came to remove them: another
     * publisher (a claim that took over, or the announcing replica) published them too.
     */
    private void countCopies(String collection, @Nullable Document before, List<String> sent) {
        if (sent.isEmpty()) {
            return;
        }
        Set<String> waiting = new HashSet<>();
        if (before != null) {
            before.getList(FIELD, Document.class, List.of()).forEach(e -> waiting.add(e.getString("eventId")));
        }
        long gone = sent.stream().filter(e -> !waiting.contains(e)).count();
        if (gone > 0) {
            republished.get(collection).increment(gone);
        }
    }

    private static int count(Future<Integer> done) {
        try {
            return done.get();
        } catch (ExecutionException e) {
            log.warn("Publishing from the outbox failed: {}", e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static Update pull(List<String> ids) {
        return new Update().pull(FIELD, new Document("eventId", new Document("$in", ids)));
    }

    /** Events older than {@code cutoff} wait in the document (its first event is its oldest). */
    private static Criteria olderThan(Date cutoff) {
        return Criteria.where(FIELD + "." + SAVED_AT).lt(cutoff);
    }

    private static Criteria leaseFree(Date now) {
        return new Criteria()
                .orOperator(
                        Criteria.where(LEASE).exists(false),
                        Criteria.where(LEASE + ".until").lt(now));
    }

    /**
     * Claims up to {@code limit} documents matching {@code which} that no live lease holds, then publishes
     * each claimed document's whole outbox in order (documents in parallel) and removes what was
     * published, releasing the claim of every document it drained. A document whose publication failed
     * keeps its claim a little longer ({@link OutboxRelaySettings#retryAfterFailure()}), so that no
     * replica hammers a broker that is away.
     */
    private Claimed claim(String collection, Criteria which, int limit, Date now) {
        try {
            Query candidates = Query.query(new Criteria().andOperator(which, leaseFree(now)))
                    .limit(limit);
            candidates.fields().include("_id");
            List<Object> ids = mongo.find(candidates, Document.class, collection).stream()
                    .map(d -> d.get("_id"))
                    .toList();
            if (ids.isEmpty()) {
                return new Claimed(0, false);
            }
            String token = UUID.randomUUID().toString();
            mongo.updateMulti(
                    Query.query(new Criteria().andOperator(Criteria.where("_id").in(ids), leaseFree(now))),
                    new Update()
                            .set(
                                    LEASE,
                                    new Document("owner", owner)
                                            .append("token", token)
                                            .append(
                                                    "until",
                                                    new Date(now.getTime()
                                                            + settings.lease().toMillis()))),
                    collection);
            Query mine = Query.query(
                    Criteria.where("_id").in(ids).and(LEASE + ".token").is(token));
            mine.fields().include(FIELD).include(UNCERTAIN);
            List<Future<Integer>> sending = new ArrayList<>();
            for (Document document : mongo.find(mine, Document.class, collection)) {
                sending.add(senders.submit(() -> drainClaimed(collection, document, token)));
            }
            int published = 0;
            for (Future<Integer> done : sending) {
                published += count(done);
            }
            log.debug(
                    "Claimed {} of {} documents of {}, published {} events in {} ms",
                    sending.size(),
                    ids.size(),
                    collection,
                    published,
                    System.currentTimeMillis() - now.getTime());
            return new Claimed(published, ids.size() >= limit);
        } catch (RuntimeException e) {
            log.warn("Sweeping {} failed; trying again at the next sweep: {}", collection, e.toString());
            return new Claimed(0, false);
        }
    }

    /**
     * Publishes a claimed document's whole outbox in order and removes what went out, releasing the claim
     * when it is drained; a failed event stays, remembered as uncertain, and the claim holds off the
     * document a little while. Counts the events it published again after an uncertain attempt, and
     * those another publisher published too.
     */
    private int drainClaimed(String collection, Document document, String token) {
        Sent sent = publishInOrder(document.getList(FIELD, Document.class, List.of()));
        Set<String> uncertain = new HashSet<>(document.getList(UNCERTAIN, String.class, List.of()));
        long again = sent.eventIds().stream().filter(uncertain::contains).count();
        if (again > 0) {
            republished.get(collection).increment(again);
        }
        Update update = sent.eventIds().isEmpty() ? new Update() : pull(sent.eventIds());
        if (!sent.failed()) {
            update.unset(LEASE).unset(UNCERTAIN);
        } else {
            update.addToSet(UNCERTAIN)
                    .each(sent.uncertain().toArray())
                    .set(
                            LEASE + ".until",
                            new Date(System.currentTimeMillis()
                                    + settings.retryAfterFailure().toMillis()));
        }
        Document before = updateByIdReadingBefore(collection, document.get("_id"), update);
        countCopies(collection, before, sent.eventIds());
        if (before != null && !token.equals(before.get(LEASE, new Document()).getString("token"))) {
            // The claim ran out while this replica was publishing, and another replica claimed the document:
            // at worst some copies, counted by whoever publishes them.
            log.info("The claim on {} {} ran out while it was being published", collection, document.get("_id"));
        }
        return sent.eventIds().size();
    }

    /** How many documents of the collection hold events not yet published, whatever their age. */
    private void countPending(String collection) {
        try {
            pending.get(collection)
                    .set(mongo.count(
                            Query.query(Criteria.where(FIELD + "." + SAVED_AT).gte(EPOCH)), collection));
        } catch (RuntimeException e) {
            log.debug("Could not count the outbox of {}: {}", collection, e.toString());
        }
    }

    /**
     * Whether the last publication failed: the first one to succeed after a failure (the broker is back)
     * has the relay sweep at once, rather than at the next sweep, so a backlog starts draining without
     * delay.
     */
    private volatile boolean failing;

    /** Publishes events in order, pipelined, stopping at the first failure. */
    private Sent publishInOrder(List<Document> events) {
        Sent sent = publisher.publishInOrder(events);
        if (!sent.failed() && failing) {
            failing = false;
            log.info("Publishing works again; sweeping the outboxes now");
            wakeUp();
        } else if (sent.failed()) {
            failing = true;
        }
        return sent;
    }

    /** The sweep's index: documents by the save time of their waiting events. */
    private void ensureIndexes() {
        for (String collection : collections) {
            try {
                mongo.indexOps(collection).createIndex(new Index(FIELD + "." + SAVED_AT, Sort.Direction.ASC));
            } catch (RuntimeException e) {
                log.warn("Could not create the outbox index of {}: {}", collection, e.toString());
            }
        }
    }

    @Override
    public void start() {
        if (senders.isShutdown()) {
            // Started again after a stop (a paused context resumes): the old senders are gone.
            senders = Executors.newVirtualThreadPerTaskExecutor();
        }
        ensureIndexes();
        loop.start();
        log.info("Outbox relay started on collections {}", collections);
    }

    @Override
    public void stop() {
        loop.stop(java.time.Duration.ofSeconds(5));
        // After the loop: a pass in progress finishes its sends before the senders and the producer go.
        senders.shutdown();
        publisher.close();
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    @Override
    public int getPhase() {
        // Start after the binder's bindings, stop before them.
        return Integer.MAX_VALUE - 1000;
    }
}
