package org.wsis.servicekit.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.wsis.embedded.KraftBroker;
import org.wsis.embedded.Ports;
import org.wsis.embedded.WireProtocolMongo;
import org.wsis.testkit.infra.TokenIssuer;

/**
 * How fast the outbox relays of three replicas drain a backlog once the broker returns: the broker is
 * stopped, {@code aggregates} aggregates are each saved {@code events} times through the replicas in
 * turn (every save announced, every announcement failing), the broker is started again, and the time
 * until every outbox is empty is measured. The relays run with their default settings. Run with
 * {@code benchmarks/outbox.sh [aggregates] [events]}.
 */
public final class OutboxDrainBenchmark {

    private OutboxDrainBenchmark() {}

    public static void main(String[] args) throws Exception {
        int aggregates = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path data = Files.createTempDirectory("outbox-drain-benchmark-");
        try (KraftBroker broker = new KraftBroker(data.resolve("kafka"), Ports.free(), 12).start();
                WireProtocolMongo mongo = WireProtocolMongo.inMemory().start();
                TokenIssuer issuer = TokenIssuer.ephemeral(Ports.free()).start();
                RelayReplicas replicas = new RelayReplicas(
                        3,
                        broker.bootstrapServers(),
                        mongo.uri(),
                        issuer.issuerUri(),
                        // The wire-protocol server needs exact indexes for versioned writes not to scan.
                        "--wsis.mongo.exact-match-indexes=true")) {
            // Warm up: the topic exists and every replica has published before the outage.
            for (int i = 0; i < 300; i++) {
                replicas.save(i, "warm-up-" + i);
            }
            await(replicas, Duration.ofMinutes(2));

            broker.close();
            long writing = System.nanoTime();
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                int writer = w;
                writers.add(Thread.ofPlatform().start(() -> {
                    for (int round = 0; round < events; round++) {
                        for (int a = writer; a < aggregates; a += 3) {
                            replicas.save(a + round, "aggregate-" + a);
                        }
                    }
                }));
            }
            for (Thread writer : writers) {
                writer.join();
            }
            System.out.printf(
                    "[outbox] saved %d events of %d aggregates in %d ms while the broker was away%n",
                    (long) aggregates * events,
                    aggregates,
                    Duration.ofNanos(System.nanoTime() - writing).toMillis());

            broker.start();
            long back = System.nanoTime();
            await(replicas, Duration.ofMinutes(20));
            long millis = Duration.ofNanos(System.nanoTime() - back).toMillis();
            System.out.printf(
                    "[outbox] backlog of %d events drained in %d ms: %.0f events/s%n",
                    (long) aggregates * events, millis, aggregates * events * 1000.0 / Math.max(1, millis));
        }
        System.exit(0);
    }

    private static void await(RelayReplicas replicas, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (replicas.pendingAggregates() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Not drained within " + atMost);
            }
            Thread.sleep(100);
        }
    }
}
