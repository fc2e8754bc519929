package org.wsis.systemtest.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.CloudEventHeaders;
import org.wsis.contracts.EventJson;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.Topics;
import org.wsis.contracts.entry.EntrySubmitted;
import org.wsis.systemtest.PlatformActions;
import org.wsis.testkit.ApiClient;

/**
 * Unreadable records on every consumed stream are parked on the stream's dead-letter topic while the
 * consumers go on; the documented replay tool puts a parked record back once its cause is fixed, and
 * it takes effect exactly once.
 */
class PoisonMessageTest {

    private static final List<String> CONSUMED = List.of(Topics.ENTRY, Topics.MODERATION, Topics.PRIZE, Topics.BALLOT);

    @Test
    void aPoisonRecordOnEachPartitionOfEachStreamIsParkedAndTheConsumersGoOn() throws Exception {
        FaultyPlatform platform = FaultyPlatform.get();
        VotingScene scene = VotingScene.get();
        ApiClient api = new ApiClient(platform.stack.portalUrl());
        String run = UUID.randomUUID().toString();
        Map<String, Integer> partitions = new java.util.HashMap<>();
        try (KafkaProducer<byte[], byte[]> producer = producer(platform)) {
            for (String topic : CONSUMED) {
                partitions.put(topic, producer.partitionsFor(topic).size());
                for (var partition : producer.partitionsFor(topic)) {
                    ProducerRecord<byte[], byte[]> poison =
                            new ProducerRecord<>(topic, partition.partition(), bytes("poison"), bytes("{not json"));
                    poison.headers()
                            .add(
                                    CloudEventHeaders.ID,
                                    bytes("poison-" + run + "-" + topic + "-" + partition.partition()))
                            .add(CloudEventHeaders.TYPE, bytes(firstTypeOf(topic)))
                            .add(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON));
                    producer.send(poison).get();
                }
            }
        }

        // Behind a poison record on every partition, each stream's consumers still do their work:
        // entry (moderation queue, owner's mail, eligibility), moderation (the entry is published),
        // prize (the nomination reaches the queue), ballot (the votes are counted).
        String entry = PlatformActions.submittedEntry(api, platform.token("amina"), "Behind a poison record", "C7");
        PlatformActions.decide(
                api,
                platform.token("omar"),
                PlatformActions.awaitItem(api, platform.token("omar"), "entry:" + entry + ":1"),
                PlatformActions.APPROVAL);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/entries/" + entry, null).status() == 200);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> platform.mails().stream()
                        .anyMatch(
                                m -> m.subject().equals("Your entry \u201cBehind a poison record\u201d is published")));
        int year = 2041;
        String admin = platform.token("admin");
        assertThat(api.post("/api/prizes/editions", admin, Map.of("year", year)).status())
                .isEqualTo(201);
        assertThat(api.post("/api/prizes/editions/" + year + "/phase", admin, Map.of("phase", "SUBMISSION"))
                        .status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.post(
                                        "/api/prizes/editions/" + year + "/nominations",
                                        platform.token("amina"),
                                        Map.of("entryId", entry, "category", 9))
                                .status()
                        == 201);
        String nomination = api.get("/api/prizes/editions/" + year + "/nominations/mine", platform.token("amina"))
                .body()
                .get(0)
                .path("id")
                .asString();
        PlatformActions.awaitItem(api, platform.token("omar"), "nomination:" + nomination + ":1");
        VotingScene.Outcome votes = scene.burst(scene.newVoters(5), () -> {});
        assertThat(votes.unexpected()).isEmpty();
        scene.assertTalliesEqualAcceptedVotes();

        String kafka = platform.stack.kafkaBootstrapServers();
        for (String topic : CONSUMED) {
            var parked = Records.on(kafka, Topics.deadLetterOf(topic)).stream()
                    .filter(r -> String.valueOf(r.header(CloudEventHeaders.ID)).startsWith("poison-" + run))
                    .toList();
            assertThat(parked).as("parked from " + topic).isNotEmpty();
            assertThat(parked).allSatisfy(r -> {
                assertThat(r.header("x-original-topic")).isEqualTo(topic);
                assertThat(r.header("x-exception-message")).contains("Cannot read");
            });
            // Every partition's poison record was parked (at least once: each consumer group parks its copy).
            assertThat(parked.stream().map(r -> r.header(CloudEventHeaders.ID)).distinct())
                    .hasSize(partitions.get(topic));
        }
    }

    @Test
    void aParkedRecordReplayedWithItsHeaderCorrectedTakesEffectExactlyOnce() throws Exception {
        FaultyPlatform platform = FaultyPlatform.get();
        String entryId = "replayed-" + UUID.randomUUID();
        EntrySubmitted event = new EntrySubmitted(
                UUID.randomUUID(),
                Instant.now(),
                entryId,
                1,
                "Parked and replayed",
                "Ministry of Digital Economy",
                List.of(ActionLine.C4),
                new Recipient("replayed-owner", "replayed-owner@example.org", "Replayed Owner", "en"));
        // A producer with a bug: the record lacks its ce_type header, so no consumer can read it.
        try (KafkaProducer<byte[], byte[]> producer = producer(platform)) {
            ProducerRecord<byte[], byte[]> record =
                    new ProducerRecord<>(Topics.ENTRY, bytes(entryId), EventJson.write(event));
            record.headers()
                    .add(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_VALUE))
                    .add(CloudEventHeaders.ID, bytes(event.eventId().toString()))
                    .add(CloudEventHeaders.SOURCE, bytes("submission-service"))
                    .add(CloudEventHeaders.SUBJECT, bytes(entryId))
                    .add(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON));
            producer.send(record).get();
        }
        String kafka = platform.stack.kafkaBootstrapServers();
        String id = event.eventId().toString();
        String dlq = Topics.deadLetterOf(Topics.ENTRY);
        // Parked by each of the stream's four consumer groups (moderation, notification, prize, community).
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(Records.withEventId(kafka, dlq, id)).hasSize(4));
        ApiClient moderation = new ApiClient(platform.stack.portalUrl());
        assertThat(moderation
                        .get("/api/moderation/items/entry:" + entryId + ":1", platform.token("omar"))
                        .status())
                .isEqualTo(404);

        // The fix: replay it with the header the producer should have written, as docs/operations.md says.
        String printed = replayTool(
                platform,
                "--dead-letter-topic",
                dlq,
                "--event-id",
                id,
                "--set-header",
                CloudEventHeaders.TYPE + "=org.wsis.entry.EntrySubmitted");
        assertThat(printed).contains("Replayed 4 record(s) from " + dlq);

        PlatformActions.awaitItem(moderation, platform.token("omar"), "entry:" + entryId + ":1");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> platform.mails().stream().anyMatch(m -> m.to().contains("replayed-owner@example.org")));
        // Four copies came back; consumers de-duplicate on ce_id, so the owner has one mail, and keeps one.
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(platform.mails())
                        .filteredOn(m -> m.to().contains("replayed-owner@example.org"))
                        .hasSize(1));
        assertThat(Records.withEventId(kafka, Topics.ENTRY, id))
                .hasSize(5)
                .filteredOn(r -> r.header(CloudEventHeaders.TYPE) != null)
                .allSatisfy(r -> {
                    assertThat(r.key()).isEqualTo(entryId);
                    assertThat(r.header(CloudEventHeaders.SOURCE)).isEqualTo("submission-service");
                    assertThat(r.headers()).doesNotContainKey("x-exception-message");
                });
        assertThat(Records.withEventId(kafka, dlq, id))
                .as("nothing parked again")
                .hasSize(4);
    }

    /** The replay tool run as docs/operations.md shows, from a service's jar. */
    private static String replayTool(FaultyPlatform platform, String... args) throws IOException, InterruptedException {
        Path jar = FaultyPlatform.root().resolve("prize-service/target/prize-service.jar");
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Dloader.main=org.wsis.servicekit.messaging.DeadLetterReplay",
                "-cp",
                jar.toString(),
                "org.springframework.boot.loader.launch.PropertiesLauncher",
                "--bootstrap-servers",
                platform.stack.kafkaBootstrapServers()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        process.getInputStream().transferTo(out);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(printed).isZero();
        return printed;
    }

    private static String firstTypeOf(String topic) {
        return Map.of(
                        Topics.ENTRY, "org.wsis.entry.EntrySubmitted",
                        Topics.MODERATION, "org.wsis.moderation.ModerationDecided",
                        Topics.PRIZE, "org.wsis.prize.NominationSubmitted",
                        Topics.BALLOT, "org.wsis.ballot.BallotCast")
                .get(topic);
    }

    private static KafkaProducer<byte[], byte[]> producer(FaultyPlatform platform) {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        platform.stack.kafkaBootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all"),
                new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
