package org.wsis.notification.digest;

import java.time.Duration;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.wsis.servicekit.background.BackgroundLoop;

/**
 * Assembles the digests that came due: at start, then every {@code wsis.notification.digest.check-every}
 * (1 minute). Every replica assembles; each step of an assembly can be repeated (see {@link Digests}), so
 * two replicas assembling the same digest queue it once.
 */
@Component
class DigestAssembly implements SmartLifecycle {

    private final BackgroundLoop loop;

    DigestAssembly(Digests digests, DigestSettings settings) {
        this.loop = new BackgroundLoop(
                "digest-assembly",
                () -> {
                    digests.assembleDue();
                    return false;
                },
                settings.checkEvery());
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
