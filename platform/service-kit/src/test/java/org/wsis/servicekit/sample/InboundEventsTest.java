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

    private final TopicProbe topics = TopicProbe.onSharedBroker();

    private int appliedCount(String entryId) {
        Document applied = mongo.findById(entryId, Document.class, SampleApplication.APPLIED);
        return applied == null ? 0 : applied.getInteger("count");
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
