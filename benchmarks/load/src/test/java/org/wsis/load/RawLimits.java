package org.wsis.load;

import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * What the same machine can do at most, measured in the same run as a scenario: records per second a
 * producer with the outbox relay's settings gets into the same broker, and answers per second the
 * portal gives on a trivial endpoint (its liveness probe) to the same number of closed-loop clients.
 * A scenario's figures are then read as fractions of these.
 */
final class RawLimits {

    static final String TRIVIAL = "trivial endpoint (portal liveness)";
    private static final String TOPIC = "wsis.load.raw-limit";

    private static volatile double producerRecordsPerSecond;
    private static final AtomicBoolean MEASURING = new AtomicBoolean();
    private static volatile long recordsAtStart;

    private RawLimits() {}

    /** The trivial endpoint, hit back to back by each client for {@code seconds}. */
    static ScenarioBuilder trivialEndpoint(int seconds) {
        return scenario("raw limit: " + TRIVIAL)
                .during(Duration.ofSeconds(seconds))
                .on(Timings.timed(TRIVIAL, http -> http.get("/actuator/health/liveness"), status().is(200)));
    }

    /**
     * Sends {@code records} records of {@code bytes} bytes with acks=all and idempotence, as the relay
     * does, and reports the rate.
     */
    static void kafkaProducer(String bootstrapServers, int records, int bytes) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.LINGER_MS_CONFIG,
                5);
        byte[] value = new byte[bytes];
        Arrays.fill(value, (byte) 'x');
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            // Warm up: the topic is created and the connection made before the clock starts.
            producer.send(new ProducerRecord<>(TOPIC, value)).get();
            long start = System.nanoTime();
            List<Future<RecordMetadata>> sent = new ArrayList<>(records);
            for (int i = 0; i < records; i++) {
                sent.add(producer.send(
                        new ProducerRecord<>(TOPIC, String.valueOf(i).getBytes(), value)));
            }
            for (Future<RecordMetadata> each : sent) {
                each.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            producerRecordsPerSecond = records / seconds;
            Report.line(String.format(
                    "raw limit: Kafka producer (acks=all, idempotent, %d-byte records): %,d records in %.1f s = %,.0f records/s",
                    bytes, records, seconds, producerRecordsPerSecond));
        } catch (Exception e) {
            throw new IllegalStateException("The producer baseline failed", e);
        }
    }

    /**
     * For the first step of a scenario's measured part (after its warm-up): the first person to get there
     * samples the CPU counters and the records on the platform's topics, which the report counts from.
     */
    static Function<Session, Session> startOfMeasurement(String bootstrapServers) {
        return session -> {
            if (MEASURING.compareAndSet(false, true)) {
                CpuUse.startOfMeasurement();
                recordsAtStart = platformRecords(bootstrapServers);
            }
            return session;
        };
    }

    /** Records the platform wrote to its topics since the measured part started. */
    static long platformRecordsSinceStart(String bootstrapServers) {
        return MEASURING.get() ? platformRecords(bootstrapServers) - recordsAtStart : 0;
    }

    /** Records on the platform's own topics (wsis.*, dead-letter topics included) so far. */
    static long platformRecords(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> topics = admin.listTopics().names().get().stream()
                    .filter(t -> t.startsWith("wsis.") && !t.equals(TOPIC))
                    .collect(Collectors.toSet());
            Map<TopicPartition, OffsetSpec> latest =
                    admin.describeTopics(topics).allTopicNames().get().values().stream()
                            .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                            .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().values().stream()
                    .mapToLong(o -> o.offset())
                    .sum();
        } catch (Exception e) {
            throw new IllegalStateException("Reading the platform's topics failed", e);
        }
    }

    /**
     * The scenario's main request and the records the platform wrote while it ran, each beside its raw
     * limit.
     */
    static void compare(Timings scenario, long platformRecords) {
        Timings trivial = Timings.of(TRIVIAL);
        Report.line(trivial.line());
        Report.line(scenario.line());
        double trivialRate = trivial.busiest(5);
        Report.line(String.format(
                "against the raw limits: %s at %,.1f/s on average and %,.1f/s in its busiest 5 s is %.1f %% and %.1f %% of the trivial endpoint's %,.0f/s",
                scenario.name(),
                scenario.perSecond(),
                scenario.busiest(5),
                100 * scenario.perSecond() / trivialRate,
                100 * scenario.busiest(5) / trivialRate,
                trivialRate));
        if (platformRecords > 0 && producerRecordsPerSecond > 0) {
            double recordsPerSecond = platformRecords / scenario.seconds();
            Report.line(String.format(
                    "the platform wrote %,d records to its topics meanwhile, %,.1f/s: %.2f %% of the producer's %,.0f records/s",
                    platformRecords,
                    recordsPerSecond,
                    100 * recordsPerSecond / producerRecordsPerSecond,
                    producerRecordsPerSecond));
        }
    }
}
