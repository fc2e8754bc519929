package org.wsis.moderation.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.wsis.contracts.EventJson;
import org.wsis.contracts.GoldenSamples;
import org.wsis.contracts.Topics;
import org.wsis.contracts.entry.EntrySubmitted;
import org.wsis.contracts.entry.EntryWithdrawn;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import org.wsis.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class ModerationQueueTest {

    @Value("${local.server.port}")
    int port;

    private final TopicProbe topics = TopicProbe.onSharedBroker();
    private final String omar = TestUsers.moderator("Omar");

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    /** The golden EntrySubmitted sample, for a fresh entry id. */
    private static EntrySubmitted aSubmission() {
        EntrySubmitted golden = (EntrySubmitted) EventJson.read(
                "org.wsis.entry.EntrySubmitted",
                GoldenSamples.json(EntrySubmitted.class).getBytes(StandardCharsets.UTF_8));
        return new EntrySubmitted(
                UUID.randomUUID(),
                golden.occurredAt(),
                UUID.randomUUID().toString(),
                golden.revision(),
                golden.title(),
                golden.organisation(),
                golden.actionLines(),
                golden.owner());
    }

    private ApiClient.Response item(EntrySubmitted submitted) {
        return api().get("/api/moderation/items/entry:" + submitted.entryId() + ":" + submitted.revision(), omar);
    }

    private static List<String> fieldNames(JsonNode node) {
        return StreamSupport.stream(node.propertyNames().spliterator(), false)
                .sorted()
                .toList();
    }

    @Test
    void aSubmissionDeliveredTwiceQueuesOneItem() {
        EntrySubmitted submitted = aSubmission();

        topics.publish(submitted);
        topics.publish(submitted);
        EntrySubmitted marker = aSubmission();
        topics.publish(marker);

        await().atMost(Duration.ofSeconds(30)).until(() -> item(marker).status() == 200);
        assertThat(item(submitted).text("state")).isEqualTo("PENDING");
        long copies = StreamSupport.stream(
                        api().get("/api/moderation/items?size=100", omar)
                                .body()
                                .path("items")
                                .spliterator(),
                        false)
                .filter(i -> i.path("subjectId").asString().equals(submitted.entryId()))
                .count();
        assertThat(copies).isLessThanOrEqualTo(1);
    }

    @Test
    void aModeratorsDecisionGoesOutInTheGoldenSamplesShape() {
        EntrySubmitted submitted = aSubmission();
        topics.publish(submitted);
        await().atMost(Duration.ofSeconds(30)).until(() -> item(submitted).status() == 200);
        String itemId = item(submitted).text("id");

        ApiClient.Response decided = api().post(
                        "/api/moderation/items/" + itemId + "/decision",
                        omar,
                        Map.of(
                                "decision",
                                "CHANGES_REQUESTED",
                                "reasonCode",
                                "INCOMPLETE",
                                "message",
                                "Name your partners."));

        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.text("state")).isEqualTo("DECIDED");
        TopicProbe.Received record = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> topics.firstOfType(
                                Topics.MODERATION, "org.wsis.moderation.ModerationDecided", submitted.entryId()),
                        r -> r.isPresent())
                .orElseThrow();
        JsonNode golden = EventJson.mapper().readTree(GoldenSamples.json(ModerationDecided.class));
        assertThat(fieldNames(EventJson.mapper().readTree(record.payload()))).isEqualTo(fieldNames(golden));
        ModerationDecided event = (ModerationDecided) record.event();
        assertThat(event.messageToAuthor()).isEqualTo("Name your partners.");
        assertThat(event.subjectRevision()).isEqualTo(submitted.revision());
        assertThat(event.moderatorId()).isEqualTo("mod-omar");
    }

    @Test
    void aRejectionWithoutAMessageIsRefusedAndTheItemStaysPending() {
        EntrySubmitted submitted = aSubmission();
        topics.publish(submitted);
        await().atMost(Duration.ofSeconds(30)).until(() -> item(submitted).status() == 200);
        String itemId = item(submitted).text("id");

        ApiClient.Response refused = api().post(
                        "/api/moderation/items/" + itemId + "/decision",
                        omar,
                        Map.of("decision", "REJECTED", "reasonCode", "DUPLICATE"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("type")).isEqualTo("urn:wsis:problem:message-required");
        assertThat(item(submitted).text("state")).isEqualTo("PENDING");
    }

    @Test
    void aWithdrawnEntryLeavesTheQueue() {
        EntrySubmitted submitted = aSubmission();
        topics.publish(submitted);
        topics.publish(new EntryWithdrawn(
                UUID.randomUUID(),
                submitted.occurredAt(),
                submitted.entryId(),
                submitted.revision(),
                submitted.title(),
                submitted.owner()));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(item(submitted).text("state")).isEqualTo("CLOSED"));
    }

    @Test
    void onlyModeratorsSeeTheQueue() {
        assertThat(api().get("/api/moderation/items", null).status()).isEqualTo(401);
        assertThat(api().get("/api/moderation/items", TestUsers.stakeholder("Amina"))
                        .status())
                .isEqualTo(403);
        assertThat(api().get("/api/moderation/items", omar).status()).isEqualTo(200);
    }
}
