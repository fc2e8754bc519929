package org.wsis.submission.demo;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.wsis.submission.entry.mongo.EntryStore;

/**
 * Loads {@code wsis.demo.entries} demonstration entries when the database holds no entry at all (a first
 * start), before the search index is built. Zero (the default) loads nothing; the local stack asks for 500.
 */
@Component
class DemoDataLoader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final int BATCH = 1000;

    private final EntryStore store;
    private final Clock clock;
    private final int count;
    private boolean running;

    DemoDataLoader(EntryStore store, Clock clock, DemoSettings settings) {
        this.store = store;
        this.clock = clock;
        this.count = settings.entries();
    }

    @Override
    public void start() {
        running = true;
        if (count <= 0 || store.count() > 0) {
            return;
        }
        DemoEntries demo = new DemoEntries(2025, clock.instant());
        for (int loaded = 0; loaded < count; loaded += BATCH) {
            store.insertImported(demo.next(Math.min(BATCH, count - loaded)));
        }
        log.info("Loaded {} demonstration entries into an empty database", count);
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the search index is built from the database. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 500;
    }
}
