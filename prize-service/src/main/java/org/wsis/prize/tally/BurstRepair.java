package org.wsis.prize.tally;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.wsis.servicekit.background.BackgroundLoop;

/**
 * Finishes the flagging of network bursts that a crash interrupted (ADR 0016): at start, then every
 * {@code wsis.prize.suspicion.burst-repair-interval} (1 minute). Every replica runs it; flagging is
 * idempotent, so two replicas repairing one window flag each account once.
 */
@Component
class BurstRepair implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BurstRepair.class);

    private final Tallies tallies;
    private final BackgroundLoop loop;

    BurstRepair(Tallies tallies, SuspicionSettings settings) {
        this.tallies = tallies;
        this.loop = new BackgroundLoop("burst-repair", this::repair, settings.burstRepairInterval());
    }

    /** One pass; true when it repaired a full batch and more may wait. */
    private boolean repair() {
        int repaired = tallies.repairBursts();
        if (repaired > 0) {
            log.info("Flagged the accounts of {} network bursts left unfinished", repaired);
        }
        return repaired >= Tallies.REPAIR_BATCH;
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
