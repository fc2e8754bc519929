package org.wsis.servicekit.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.wsis.embedded.KraftBroker;
import org.wsis.embedded.Ports;
import org.wsis.testkit.PlatformInfrastructure;

/**
 * Three replicas of a service save into one database while the broker goes away for 30 s under load:
 * every event is published, each aggregate's events reach the topic in the order they were saved, copies
 * are few and counted, and the backlog gauge shows the real backlog. The replicas are three application
 * contexts in this JVM with a broker of their own (stopped and started again by the test) and a database
 * of their own on the shared wire-protocol server. Each aggregate is changed by one writer at a time, as a
 * versioned aggregate is, but through a different replica each time.
 */
class OutboxRelayReplicasTest {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelayReplicasTest.class);
    private static final int REPLICAS = 3;
    private static final int AGGREGATES = 300;

    private static KraftBroker broker;
    private static RelayReplicas replicas;

    @BeforeAll
    static void start() throws IOException {
        broker = new KraftBroker(Files.createTempDirectory("outbox-replicas-broker-"), Ports.free(), 3).start();
        PlatformInfrastructure infra = PlatformInfrastructure.shared();
        replicas = new RelayReplicas(
                REPLICAS,
                broker.bootstrapServers(),
                infra.mongoUri(),
                infra.issuerUri(),
                "--wsis.outbox.relay.poll-interval=100ms",
                "--wsis.outbox.relay.sweep-interval=1s",
                "--wsis.outbox.relay.sweep-grace=3s");
    }

    @AfterAll
    static void stop() {
        if (replicas != null) {
            replicas.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void withThreeReplicasAndTheBrokerAway30sUnderLoadEveryEventIsPublishedInOrderWithFewCountedCopies()
            throws InterruptedException {
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < REPLICAS; w++) {
            int writer = w;
            writers.add(Thread.ofPlatform().name("writer-" + w).start(() -> write(writer, writing)));
        }

        // The scenario's clock: 8 s of writing, then the broker is away for 30 s while writing goes on.
        Thread.sleep(8_000);
        broker.close();
        log.info("Broker stopped with {} events saved", replicas.savedCount());
        Thread.sleep(27_000);
        // The writers stop before the broker returns, so that the backlog holds still for a moment.
        writing.set(false);
        for (Thread writer : writers) {
            writer.join();
        }
        long backlog = replicas.pendingAggregates();
        assertThat(backlog).as("aggregates waiting while the broker is away").isGreaterThan(100);
        // Every replica's gauge says what is waiting, beyond any page size the sweep reads at once.
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> replicas.replicas()
                        .forEach(replica -> assertThat(pendingGauge(replica))
                                .as("the backlog gauge")
                                .isEqualTo((double) backlog)));

        broker.start();
        Instant back = Instant.now();
        await().atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> replicas.pendingAggregates() == 0);
        log.info(
                "Backlog of {} aggregates ({} events saved in all) drained in {} ms",
                backlog,
                replicas.savedCount(),
                Duration.between(back, Instant.now()).toMillis());

        Map<String, List<String>> published = replicas.publishedByAggregate();
        int records = published.values().stream().mapToInt(List::size).sum();
        int distinct = 0;
        for (Map.Entry<String, List<String>> aggregate : replicas.saved().entrySet()) {
            List<String> firstSeen =
                    new ArrayList<>(new LinkedHashSet<>(published.getOrDefault(aggregate.getKey(), List.of())));
            assertThat(firstSeen)
                    .as("the events of %s, in the order they were first published", aggregate.getKey())
                    .isEqualTo(aggregate.getValue());
            distinct += firstSeen.size();
        }
        int copies = records - distinct;
        double counted = replicas.replicas().stream()
                .mapToDouble(OutboxRelayReplicasTest::countedCopies)
                .sum();
        log.info(
                "{} records for {} events: {} copies, {} counted by the relays as possible",
                records,
                distinct,
                copies,
                counted);
        assertThat(copies).as("copies published").isLessThanOrEqualTo(distinct / 20);
        assertThat((double) copies).as("copies the relays counted as possible").isLessThanOrEqualTo(counted);
    }

    /** About 100 saves a second in all, each aggregate through a different replica each round. */
    private void write(int writer, AtomicBoolean writing) {
        int round = 0;
        while (writing.get()) {
            long started = System.nanoTime();
            for (int a = writer; a < AGGREGATES && writing.get(); a += REPLICAS) {
                replicas.save(a + round, "aggregate-" + a);
            }
            round++;
            long elapsed = Duration.ofNanos(System.nanoTime() - started).toMillis();
            pause(Math.max(0, 3_000 - elapsed));
        }
    }

    private static double pendingGauge(ConfigurableApplicationContext replica) {
        return replica.getBean(MeterRegistry.class)
                .get("wsis.outbox.pending")
                .tag("collection", RelayReplicas.COLLECTION)
                .gauge()
                .value();
    }

    private static double countedCopies(ConfigurableApplicationContext replica) {
        return replica.getBean(MeterRegistry.class).find("wsis.outbox.republished").counters().stream()
                .mapToDouble(io.micrometer.core.instrument.Counter::count)
                .sum();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
