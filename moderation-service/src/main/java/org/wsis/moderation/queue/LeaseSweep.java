package org.wsis.moderation.queue;

import java.time.Duration;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.wsis.servicekit.background.BackgroundLoop;

/**
 * Returns to the queue the items whose moderator's lease ran out: at start, then every {@code
 * wsis.moderation.lease-sweep-interval} (10 s). Every replica sweeps; an item returned by one is saved at
 * its version, so another replica's sweep of the same item changes nothing.
 */
@Component
class LeaseSweep implements SmartLifecycle {

    private final BackgroundLoop loop;

    LeaseSweep(ModerationQueue queue, QueueSettings settings) {
        this.loop = new BackgroundLoop(
                "lease-sweep",
                () -> {
                    queue.expireLeases();
                    return false;
                },
                settings.leaseSweepInterval());
    }

    @Override
    public void start() {
        loop.start();
    }

    @Override
    public void stop() {
        loop.stop(Duration.ofSeconds(5));
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }
}
