package org.wsis.localstack;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says every few seconds what the launcher is waiting for while the stack starts, so that a first start
 * (Keycloak building its database and importing the realm, the services compiling their first requests)
 * is not minutes of silence.
 */
final class StartProgress implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    private final long started = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private volatile @Nullable String waitingFor;

    StartProgress(Duration every) {
        ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "start-progress");
            thread.setDaemon(true);
            return thread;
        });
        long millis = every.toMillis();
        ticker.scheduleAtFixedRate(this::report, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** What the launcher waits for from now on, in words. */
    void waitingFor(String what) {
        waitingFor = what;
    }

    private void report() {
        String what = waitingFor;
        if (what != null) {
            log.info(
                    "Still starting ({} s): waiting for {}",
                    Duration.ofNanos(System.nanoTime() - started).toSeconds(),
                    what);
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
