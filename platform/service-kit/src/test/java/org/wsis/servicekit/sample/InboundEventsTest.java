package org.wsis.servicekit.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.wsis.contracts.CloudEventHeaders;
import org.wsis.contracts.EventJson;
import org.wsis.contracts.Topics;
import org.wsis.contracts.entry.EntrySubmitted;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TopicProbe;

@PlatformIntegrationTest
class InboundEventsTest {

    @Autowired
    MongoOperations mongo;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private final TopicProbe topics = TopicProbe.onSharedBroker();

    private int appliedCount(String entryId) {
        Document applied = mongo.findById(entryId, Document.class, SampleApplication.APPLIED);
        return applied == null ? 0 : applied.getInteger("count");
    }

    @Test
    void theBindersLagGaugeIsNeverRegisteredSoItsPollNeverRacesTheShutdown() {
        assertThat(meters.find(org.springframework.cloud.stream.binder.kafka.KafkaBinderMetrics.OFFSET_LAG_METRIC_NAME)
                        .meters())
                .isEmpty();
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        EntrySubmitted event = Samples.aSubmission("dup-" + UUID.randomUUID());
        EntrySubmitted later = Samples.aSubmission("later-" + UUID.randomUUID());

        topics.publish(event);
        topics.publish(event);
        topics.publish(later);

        // One partition: once the later event is applied, both copies of the first have been seen.
        await().atMost(Duration.ofSeconds(30)).until(() -> appliedCount(later.entryId()) == 1);
        assertThat(appliedCount(event.entryId())).isEqualTo(1);
    }

    @Test
    void aPoisonRecordIsParkedOnTheDeadLetterTopicWithItsErrorAndTheNextRecordIsStillProcessed() {
        String poisonId = UUID.randomUUID().toString();
        topics.send(
                Topics.ENTRY,
                "poison-" + poisonId,
                "org.wsis.entry.EntrySubmitted",
                poisonId,
                "{\"entryId\": [not json".getBytes(StandardCharsets.UTF_8));
        EntrySubmitted good = Samples.aSubmission("after-poison-" + UUID.randomUUID());
        topics.publish(good);

        await().atMost(Duration.ofSeconds(60)).until(() -> appliedCount(good.entryId()) == 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<TopicProbe.Received> parked = topics.withEventId(Topics.deadLetterOf(Topics.ENTRY), poisonId);
            assertThat(parked).hasSize(1);
            assertThat(parked.getFirst().header("x-exception-message")).contains("Cannot read");
            assertThat(parked.getFirst().header("x-original-topic")).isEqualTo(Topics.ENTRY);
        });
        assertThat(appliedCount("poison-" + poisonId)).isZero();
    }

    /**
     * The database away for longer than any fixed number of retries lasts: the record waits, in place,
     * until it can be handled; the record behind it on the same partition waits behind it; nothing is
     * parked as dead, and every failed attempt is counted.
     */
    @Test
    void aTransientFailureBlocksItsPartitionUntilTheDependencyReturnsAndParksNothing() {
        EntrySubmitted first = Samples.aSubmission("outage-" + UUID.randomUUID());
        EntrySubmitted behind = Samples.aSubmission("behind-" + UUID.randomUUID());
        double failedBefore = transientFailures();
        // Twelve failures: about 4 s of retrying here (the pauses are shortened for this test), well
        // beyond the 4 attempts a failure that is not transient gets.
        SampleApplication.failFirst(
                first.entryId(), 12, () -> new DataAccessResourceFailureException("MongoDB is electing a primary"));

        topics.publish(first);
        // The same key: the same partition, so the second must wait for the first.
        topics.send(
                Topics.ENTRY,
                first.entryId(),
                "org.wsis.entry.EntrySubmitted",
                behind.eventId().toString(),
                EventJson.write(behind));

        await().atMost(Duration.ofSeconds(60)).until(() -> appliedCount(behind.entryId()) == 1);
        assertThat(appliedCount(first.entryId())).isEqualTo(1);
        List<String> order = appliedOrder();
        assertThat(order.indexOf(first.entryId()))
                .isGreaterThanOrEqualTo(0)
                .isLessThan(order.indexOf(behind.entryId()));
        assertThat(transientFailures() - failedBefore).isGreaterThanOrEqualTo(12);
        assertThat(topics.withEventId(
                        Topics.deadLetterOf(Topics.ENTRY), first.eventId().toString()))
                .isEmpty();
    }

    /** A failure that is not transient (a bug, a rule the event breaks) is tried a few times, then parked. */
    @Test
    void aFailureThatIsNotTransientIsParkedAfterAFewAttemptsAndCounted() {
        EntrySubmitted doomed = Samples.aSubmission("doomed-" + UUID.randomUUID());
        EntrySubmitted next = Samples.aSubmission("next-" + UUID.randomUUID());
        double parkedBefore = deadLettered();
        SampleApplication.failFirst(doomed.entryId(), 1000, () -> new IllegalStateException("cannot apply this"));

        topics.publish(doomed);
        topics.send(
                Topics.ENTRY,
                doomed.entryId(),
                "org.wsis.entry.EntrySubmitted",
                next.eventId().toString(),
                EventJson.write(next));

        await().atMost(Duration.ofSeconds(60)).until(() -> appliedCount(next.entryId()) == 1);
        assertThat(appliedCount(doomed.entryId())).isZero();
        assertThat(1000 - SampleApplication.FAILURES.get(doomed.entryId()).size())
                .as("attempts before it was parked")
                .isEqualTo(4);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<TopicProbe.Received> parked = topics.withEventId(
                    Topics.deadLetterOf(Topics.ENTRY), doomed.eventId().toString());
            assertThat(parked).hasSize(1);
            assertThat(parked.getFirst().header("x-exception-message")).isEqualTo("cannot apply this");
            assertThat(parked.getFirst().header("x-exception-fqcn")).isEqualTo(IllegalStateException.class.getName());
        });
        assertThat(deadLettered() - parkedBefore).isEqualTo(1);
    }

    private double transientFailures() {
        return meters.find("wsis.events.failures").tags("topic", Topics.ENTRY, "kind", "transient").counters().stream()
                .mapToDouble(io.micrometer.core.instrument.Counter::count)
                .sum();
    }

    private double deadLettered() {
        return meters.find("wsis.events.dead.lettered").tags("topic", Topics.ENTRY).counters().stream()
                .mapToDouble(io.micrometer.core.instrument.Counter::count)
                .sum();
    }

    private List<String> appliedOrder() {
        Document order = mongo.findById(SampleApplication.ORDER, Document.class, SampleApplication.APPLIED);
        return order == null ? List.of() : order.getList("entries", String.class);
    }

    @Test
    void theHandlerReceivesExactlyTheGoldenSample() {
        String golden = org.wsis.contracts.GoldenSamples.json(EntrySubmitted.class);
        EntrySubmitted sample = (EntrySubmitted)
                EventJson.read("org.wsis.entry.EntrySubmitted", golden.getBytes(StandardCharsets.UTF_8));
        String uniqueId = UUID.randomUUID().toString();
        topics.send(
                Topics.ENTRY,
                sample.entryId() + uniqueId,
                "org.wsis.entry.EntrySubmitted",
                uniqueId,
                golden.replace(sample.entryId(), sample.entryId() + uniqueId).getBytes(StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(30)).until(() -> appliedCount(sample.entryId() + uniqueId) == 1);
        assertThat(topics.withEventId(Topics.ENTRY, uniqueId).getFirst().header(CloudEventHeaders.TYPE))
                .isEqualTo("org.wsis.entry.EntrySubmitted");
    }
}
