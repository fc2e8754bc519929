package org.wsis.submission.search;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wsis.servicekit.background.BackgroundLoop;
import org.wsis.submission.entry.EntrySaved;
import org.wsis.submission.entry.mongo.EntryStore;

/**
 * Keeps the search index equal to the entries collection. At start it reads every entry (a rebuild)
 * before the service takes traffic. Then a write by this replica is indexed at once, before its HTTP
 * answer, and a poll picks up every entry whose {@code updatedAt} is at or after the last one seen,
 * less a safety margin, which catches writes by other replicas and moderation's changes alike. Indexing
 * an entry reads its current document, so doing it twice or late changes nothing. The poll runs on the
 * kit's {@code BackgroundLoop}, like every background worker of the platform.
 */
@Component
public class SearchIndexer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    private final EntryStore entries;
    private final SearchIndex index;
    private final Duration pollInterval;
    private final Duration margin;
    private final Object lock = new Object();
    private final AtomicLong lagMillis = new AtomicLong();
    private Instant watermark = Instant.EPOCH;
    private final BackgroundLoop poller;

    public SearchIndexer(EntryStore entries, SearchIndex index, MeterRegistry meters, SearchSettings settings) {
        this.entries = entries;
        this.index = index;
        this.pollInterval = settings.pollInterval();
        this.margin = settings.margin();
        // Each pass catches up, then the loop waits for the next poll (or a wake-up); a failed pass is
        // logged and tried again after the same wait.
        this.poller = new BackgroundLoop(
                "search-indexer",
                () -> {
                    catchUp();
                    return false;
                },
                pollInterval);
        Gauge.builder("wsis.search.indexed.public", index, SearchIndex::publicCount)
                .description("Published entries in this replica's search index")
                .register(meters);
        Gauge.builder("wsis.search.poll.duration", lagMillis, AtomicLong::get)
                .description("How long the last index catch-up took, in milliseconds")
                .baseUnit("milliseconds")
                .register(meters);
    }

    /** Indexes every entry now; returns how many were read. */
    public int rebuild() {
        synchronized (lock) {
            watermark = Instant.EPOCH;
            return catchUp();
        }
    }

    /** Indexes what changed since the last pass; returns how many entries were read. */
    public int catchUp() {
        synchronized (lock) {
            long started = System.nanoTime();
            Instant since = watermark.equals(Instant.EPOCH) ? Instant.EPOCH : watermark.minus(margin);
            Instant[] newest = {watermark};
            int read = entries.forEachChangedSince(since, entry -> {
                index.put(entry);
                if (entry.updatedAt().isAfter(newest[0])) {
                    newest[0] = entry.updatedAt();
                }
            });
            watermark = newest[0];
            index.refresh();
            lagMillis.set(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return read;
        }
    }

    /** This replica wrote an entry: index it before the writer's answer leaves. */
    @EventListener
    public void on(EntrySaved saved) {
        synchronized (lock) {
            entries.find(saved.entryId()).ifPresent(entry -> {
                index.put(entry);
                index.refresh();
            });
        }
    }

    @Override
    public void start() {
        try {
            entries.declareChangeIndex();
        } catch (RuntimeException unsupported) {
            log.info("Could not declare the updatedAt index on entries: {}", unsupported.getMessage());
        }
        long started = System.nanoTime();
        int entries = rebuild();
        log.info(
                "Search index built from {} entries in {} ms",
                entries,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        poller.start();
    }

    @Override
    public void stop() {
        poller.stop(Duration.ofSeconds(5));
    }

    @Override
    public boolean isRunning() {
        return poller.isRunning();
    }

    /** Before the web server takes traffic, after the database client is up. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
