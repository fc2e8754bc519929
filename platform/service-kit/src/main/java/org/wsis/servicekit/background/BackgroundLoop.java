package org.wsis.servicekit.background;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One named daemon thread that runs a step again and again from {@link #start()} to {@link #stop()}:
 * the plumbing of a background worker that a {@code SmartLifecycle} bean delegates to. When a step
 * finds nothing to do the loop idles; when it throws, the loop logs it and tries again after a pause.
 * {@link #pause} and the idle wait end early when the loop is stopped or {@link #wake()}n.
 */
public final class BackgroundLoop {

    private static final Logger log = LoggerFactory.getLogger(BackgroundLoop.class);

    /** One round of work. */
    @FunctionalInterface
    public interface Step {
        /** Does some work; false when there was nothing to do, and the loop idles. */
        boolean run() throws InterruptedException;
    }

    /** How the loop waits when a step found nothing to do. */
    @FunctionalInterface
    public interface Idle {
        void await() throws InterruptedException;
    }

    private final String name;
    private final Step step;
    private final @Nullable Idle idle;
    private final Duration pause;
    private final Runnable onWake;
    private final Object signal = new Object();
    private volatile boolean running;
    private @Nullable Thread thread;

    /**
     * @param name the thread's name, also in the log
     * @param step one round of work
     * @param pause the wait after a failed step, and the idle wait unless {@code idle} is given
     * @param idle how to wait when there is no work (e.g. on a queue's own signal), or null
     * @param onWake what else to wake on {@link #wake()} and {@link #stop()} (the queue's signal)
     */
    public BackgroundLoop(String name, Step step, Duration pause, @Nullable Idle idle, Runnable onWake) {
        this.name = name;
        this.step = step;
        this.pause = pause;
        this.idle = idle;
        this.onWake = onWake;
    }

    public BackgroundLoop(String name, Step step, Duration pause) {
        this(name, step, pause, null, () -> {});
    }

    /** Starts the thread; false if it already runs. */
    public synchronized boolean start() {
        if (running) {
            return false;
        }
        running = true;
        Thread started = Thread.ofPlatform().name(name).daemon().unstarted(this::loop);
        thread = started;
        started.start();
        return true;
    }

    /** Asks the loop to end after the current step and waits up to {@code join} for it. */
    public synchronized void stop(Duration join) {
        running = false;
        wake();
        Thread stopping = thread;
        if (stopping != null) {
            try {
                stopping.join(join);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
    }

    public boolean isRunning() {
        return running;
    }

    /** Ends a pause or an idle wait now: there is new work. */
    public void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
        onWake.run();
    }

    /** Waits up to {@code duration}, less if the loop is woken or stopped; for a step that paces itself. */
    public void pause(Duration duration) {
        synchronized (signal) {
            try {
                if (running && !duration.isNegative() && !duration.isZero()) {
                    signal.wait(duration.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        while (running) {
            try {
                if (!step.run() && running) {
                    if (idle != null) {
                        idle.await();
                    } else {
                        pause(pause);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("{} failed; trying again shortly", name, e);
                pause(pause);
            }
        }
    }
}
