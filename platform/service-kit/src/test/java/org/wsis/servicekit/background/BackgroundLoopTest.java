package org.wsis.servicekit.background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackgroundLoopTest {

    @Test
    void aStepThatFailsIsTriedAgainAndTheLoopGoesOn() {
        AtomicInteger calls = new AtomicInteger();
        BackgroundLoop loop = new BackgroundLoop(
                "flaky",
                () -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new IllegalStateException("the database is away");
                    }
                    return calls.get() < 5;
                },
                Duration.ofMillis(20));
        assertThat(loop.start()).isTrue();
        assertThat(loop.start()).as("a second start changes nothing").isFalse();
        await().atMost(Duration.ofSeconds(5)).until(() -> calls.get() >= 6);
        loop.stop(Duration.ofSeconds(5));
        assertThat(loop.isRunning()).isFalse();
    }

    @Test
    void wakingEndsTheIdleWaitAndStoppingEndsAPause() {
        AtomicInteger calls = new AtomicInteger();
        BackgroundLoop loop = new BackgroundLoop("idle", () -> calls.incrementAndGet() < 0, Duration.ofHours(1));
        loop.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> calls.get() == 1);
        loop.wake();
        await().atMost(Duration.ofSeconds(5)).until(() -> calls.get() == 2);

        long started = System.nanoTime();
        loop.stop(Duration.ofSeconds(5));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void aStoppedLoopStartsAgain() {
        AtomicInteger calls = new AtomicInteger();
        BackgroundLoop loop = new BackgroundLoop("again", () -> calls.incrementAndGet() < 0, Duration.ofHours(1));
        loop.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> calls.get() == 1);
        loop.stop(Duration.ofSeconds(5));
        assertThat(loop.start()).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> calls.get() == 2);
        loop.stop(Duration.ofSeconds(5));
    }
}
