package org.wsis.submission.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.wsis.contracts.EventJson;
import org.wsis.contracts.GoldenSamples;
import org.wsis.contracts.Topics;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.contracts.entry.EntrySubmitted;
import org.wsis.contracts.moderation.EntryHiddenPendingReview;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.contracts.moderation.ModerationDecided.Decision;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import org.wsis.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class EntryLifecycleTest {

    @Value("${local.server.port}")
    int port;

    private final TopicProbe topics = TopicProbe.onSharedBroker();
    private final String amina = TestUsers.stakeholder("Amina");

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private static Map<String, Object> aDraft() {
        return Drafts.complete("Community broadband for rural schools");
    }

    private String createdDraft() {
        ApiClient.Response created = api().post("/api/entries", amina, aDraft());
        assertThat(created.status()).isEqualTo(201);
        return created.text("id");
    }

    /** A draft submitted and approved: public. */
    private String publishedEntry() {
        String id = createdDraft();
        api().post("/api/entries/" + id + "/submit", amina, null);
        topics.publish(decision(id, 1, Decision.APPROVED, null));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(api().get("/api/entries/" + id, null).status())
                                .isEqualTo(200));
        return id;
    }

    private static ModerationDecided decision(String entryId, int revision, Decision decision, String message) {
        return new ModerationDecided(
                UUID.randomUUID(),
                Instant.now(),
                "item-" + entryId,
                ModerationDecided.SubjectType.ENTRY,
                entryId,
                revision,
                decision,
                decision == Decision.APPROVED ? "MEETS_GUIDELINES" : "INCOMPLETE",
                message,
                "mod-omar",
                ModerationDecided.ItemKind.REVIEW);
    }

    private static List<String> fieldNames(JsonNode node) {
        return StreamSupport.stream(node.propertyNames().spliterator(), false)
                .sorted()
                .toList();
    }

    @Test
    void aDraftIsPrivateToItsOwner() {
        String id = createdDraft();

        assertThat(api().get("/api/entries/" + id, amina).text("status")).isEqualTo("DRAFT");
        assertThat(api().get("/api/entries/" + id, null).status()).isEqualTo(404);
        assertThat(api().get("/api/entries/" + id, TestUsers.stakeholder("Boris"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void submittingPublishesEntrySubmittedInTheGoldenSamplesShape() {
        String id = createdDraft();

        ApiClient.Response submitted = api().post("/api/entries/" + id + "/submit", amina, null);

        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.text("status")).isEqualTo("SUBMITTED");
        TopicProbe.Received record = await().atMost(Duration.ofSeconds(30))
                .until(() -> topics.firstOfType(Topics.ENTRY, "org.wsis.entry.EntrySubmitted", id), r -> r.isPresent())
                .orElseThrow();
        JsonNode golden = EventJson.mapper().readTree(GoldenSamples.json(EntrySubmitted.class));
        JsonNode sent = EventJson.mapper().readTree(record.payload());
        assertThat(fieldNames(sent)).isEqualTo(fieldNames(golden));
        assertThat(fieldNames(sent.path("owner"))).isEqualTo(fieldNames(golden.path("owner")));
        EntrySubmitted event = (EntrySubmitted) record.event();
        assertThat(event.owner().userId()).isEqualTo("user-amina");
        assertThat(event.owner().email()).isEqualTo("user-amina@example.org");
        assertThat(event.revision()).isEqualTo(1);
    }

    @Test
    void theTraceOfTheSubmitRequestTravelsWithItsEventAndOnIntoTheDecisionsConsequences() {
        String id = createdDraft();
        String requestTrace = "4bf92f3577b34da6a3ce929d0e0e4736";

        api().withHeader("traceparent", "00-" + requestTrace + "-00f067aa0ba902b7-01")
                .post("/api/entries/" + id + "/submit", amina, null);

        TopicProbe.Received submitted = await().atMost(Duration.ofSeconds(30))
                .until(() -> topics.firstOfType(Topics.ENTRY, "org.wsis.entry.EntrySubmitted", id), r -> r.isPresent())
                .orElseThrow();
        assertThat(submitted.header("traceparent")).startsWith("00-" + requestTrace + "-");

        String decisionTrace = "0af7651916cd43dd8448eb211c80319c";
        ModerationDecided approval = decision(id, 1, Decision.APPROVED, null);
        topics.send(
                Topics.MODERATION,
                id,
                "org.wsis.moderation.ModerationDecided",
                approval.eventId().toString(),
                EventJson.write(approval),
                Map.of("traceparent", "00-" + decisionTrace + "-b7ad6b7169203331-01"));

        TopicProbe.Received published = await().atMost(Duration.ofSeconds(30))
                .until(() -> topics.firstOfType(Topics.ENTRY, "org.wsis.entry.EntryPublished", id), r -> r.isPresent())
                .orElseThrow();
        assertThat(published.header("traceparent")).startsWith("00-" + decisionTrace + "-");
    }

    @Test
    void anApprovalMakesTheEntryPublicAndARedeliveredDecisionChangesNothing() {
        String id = createdDraft();
        api().post("/api/entries/" + id + "/submit", amina, null);
        ModerationDecided approval = decision(id, 1, Decision.APPROVED, null);

        topics.publish(approval);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(api().get("/api/entries/" + id, null).text("status"))
                                .isEqualTo("PUBLISHED"));
        String versionAfterApproval =
                api().get("/api/entries/" + id, null).etag().orElseThrow();

        topics.publish(approval);
        topics.publish(decision(id, 1, Decision.REJECTED, "Too late: already decided"));
        // The redelivered copy and the late decision are behind us once this marker entry is processed: the
        // test broker's single partition keeps the decisions in the order they were published.
        String marker = createdDraft();
        api().post("/api/entries/" + marker + "/submit", amina, null);
        topics.publish(decision(marker, 1, Decision.APPROVED, null));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                api().get("/api/entries/" + marker, null).status())
                        .isEqualTo(200));

        ApiClient.Response entry = api().get("/api/entries/" + id, null);
        assertThat(entry.text("status")).isEqualTo("PUBLISHED");
        assertThat(entry.etag()).contains(versionAfterApproval);
        assertThat(topics.readAll(Topics.ENTRY).stream()
                        .filter(r -> r.key().equals(id) && r.event() instanceof EntryPublished)
                        .count())
                .isEqualTo(1);
    }

    @Test
    void aRequestForChangesReachesTheOwnerWhoCanEditAndSubmitAgain() {
        String id = createdDraft();
        api().post("/api/entries/" + id + "/submit", amina, null);

        topics.publish(decision(id, 1, Decision.CHANGES_REQUESTED, "Please name your partners."));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(api().get("/api/entries/" + id, amina).text("status"))
                                .isEqualTo("CHANGES_REQUESTED"));
        ApiClient.Response returned = api().get("/api/entries/" + id, amina);
        assertThat(returned.text("messageFromModerator")).isEqualTo("Please name your partners.");

        ApiClient.Response edited =
                api().put("/api/entries/" + id, amina, aDraft(), returned.etag().orElseThrow());
        assertThat(edited.status()).isEqualTo(200);
        ApiClient.Response resubmitted = api().post("/api/entries/" + id + "/submit", amina, null);
        assertThat(resubmitted.text("status")).isEqualTo("SUBMITTED");
        assertThat(resubmitted.body().path("revision").asInt()).isEqualTo(2);
    }

    @Test
    void anUnreadableBodyIsAProblemNotACrash() {
        ApiClient.Response refused = api().post("/api/entries", amina, "{\"title\": ");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("type")).isEqualTo("urn:wsis:problem:unreadable-body");
    }

    @Test
    void aMisspeltFieldIsNamedInTheErrorAndNothingIsCreated() {
        java.util.Map<String, Object> misspelt = new java.util.HashMap<>(aDraft());
        misspelt.put("titel", "Community networks");
        int before =
                api().get("/api/entries?mine=true", amina).body().path("total").asInt();

        ApiClient.Response refused = api().post("/api/entries", amina, misspelt);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").toString())
                .contains("\"field\":\"titel\"")
                .contains("is not a field of this request");
        assertThat(api().get("/api/entries?mine=true", amina)
                        .body()
                        .path("total")
                        .asInt())
                .isEqualTo(before);
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedInTheError() {
        java.util.Map<String, Object> wrong = new java.util.HashMap<>(aDraft());
        wrong.put("sdgs", java.util.List.of(4, "four"));

        ApiClient.Response refused = api().post("/api/entries", amina, wrong);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").toString()).contains("\"field\":\"sdgs[1]\"");
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        String id = createdDraft();
        String loaded = api().get("/api/entries/" + id, amina).etag().orElseThrow();
        api().put("/api/entries/" + id, amina, aDraft(), loaded);

        Map<String, Object> stale = new java.util.HashMap<>(aDraft());
        stale.put("title", "Overwritten by a stale tab");
        ApiClient.Response refused = api().put("/api/entries/" + id, amina, stale, loaded);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("type")).isEqualTo("urn:wsis:problem:stale-version");
        assertThat(api().get("/api/entries/" + id, amina).text("title"))
                .isEqualTo("Community broadband for rural schools");
    }

    @Test
    void onlyStakeholdersCreateAndOnlyTheOwnerSubmits() {
        assertThat(api().post("/api/entries", null, aDraft()).status()).isEqualTo(401);
        assertThat(api().post("/api/entries", TestUsers.voter("Vera"), aDraft()).status())
                .isEqualTo(403);

        String id = createdDraft();
        ApiClient.Response byOther = api().post("/api/entries/" + id + "/submit", TestUsers.stakeholder("Boris"), null);
        assertThat(byOther.status()).isEqualTo(404);
        assertThat(api().get("/api/entries/" + id, amina).text("status")).isEqualTo("DRAFT");
    }

    @Test
    void aConsumerReadsTheGoldenModerationSample() {
        ModerationDecided golden = (ModerationDecided) EventJson.read(
                "org.wsis.moderation.ModerationDecided",
                GoldenSamples.json(ModerationDecided.class).getBytes(StandardCharsets.UTF_8));
        String id = createdDraft();
        api().post("/api/entries/" + id + "/submit", amina, null);

        topics.publish(new ModerationDecided(
                UUID.randomUUID(),
                golden.occurredAt(),
                golden.itemId(),
                golden.subjectType(),
                id,
                golden.subjectRevision(),
                golden.decision(),
                golden.reasonCode(),
                golden.messageToAuthor(),
                golden.moderatorId(),
                golden.itemKind()));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(api().get("/api/entries/" + id, amina).text("messageFromModerator"))
                                .isEqualTo(golden.messageToAuthor()));
    }

    @Test
    void aFlaggedEntryIsHiddenFromThePublicUntilTheFlagsAreDismissed() {
        String id = publishedEntry();

        topics.publish(
                new EntryHiddenPendingReview(UUID.randomUUID(), Instant.now(), id, 1, "flagged:" + id + ":1", 3));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(api().get("/api/entries/" + id, null).status())
                                .isEqualTo(404));
        assertThat(api().get("/api/entries/" + id, amina).text("status")).isEqualTo("PUBLISHED");

        topics.publish(new ModerationDecided(
                UUID.randomUUID(),
                Instant.now(),
                "flagged:" + id + ":1",
                ModerationDecided.SubjectType.ENTRY,
                id,
                1,
                Decision.APPROVED,
                "MEETS_GUIDELINES",
                null,
                "mod-lena",
                ModerationDecided.ItemKind.FLAGGED));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(api().get("/api/entries/" + id, null).status())
                                .isEqualTo(200));
    }

    @Test
    void aChangeToAPublishedEntryIsModeratedWhileThePublishedRevisionStaysVisible() {
        String id = publishedEntry();

        Map<String, Object> changed = aDraft();
        changed.put("title", "Community broadband for rural schools and clinics");
        ApiClient.Response edited = api().put(
                        "/api/entries/" + id,
                        amina,
                        changed,
                        api().get("/api/entries/" + id, amina).etag().orElseThrow());
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.text("status")).isEqualTo("DRAFT");
        assertThat(edited.body().path("publishedRevision").asInt()).isEqualTo(1);
        ApiClient.Response resubmitted = api().post("/api/entries/" + id + "/submit", amina, null);
        assertThat(resubmitted.body().path("revision").asInt()).isEqualTo(2);

        ApiClient.Response meanwhile = api().get("/api/entries/" + id, null);
        assertThat(meanwhile.text("title")).isEqualTo("Community broadband for rural schools");
        assertThat(meanwhile.text("status")).isEqualTo("PUBLISHED");
        assertThat(meanwhile.body().path("contactEmail").isNull())
                .as("the contact e-mail is not published")
                .isTrue();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> topics.readAll(Topics.ENTRY).stream()
                        .anyMatch(
                                r -> r.key().equals(id) && r.event() instanceof EntrySubmitted s && s.revision() == 2));

        topics.publish(decision(id, 2, Decision.APPROVED, null));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(api().get("/api/entries/" + id, null).text("title"))
                                .isEqualTo("Community broadband for rural schools and clinics"));
        assertThat(api().get("/api/entries/" + id, null)
                        .body()
                        .path("publishedRevision")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void aWithdrawnEntryLeavesPublicViewAndOnlyItsOwnerMayWithdrawIt() {
        String id = publishedEntry();

        ApiClient.Response byOther =
                api().post("/api/entries/" + id + "/withdraw", TestUsers.stakeholder("Boris"), null);
        assertThat(byOther.status()).isEqualTo(403);
        ApiClient.Response withdrawn = api().post("/api/entries/" + id + "/withdraw", amina, null);

        assertThat(withdrawn.text("status")).isEqualTo("WITHDRAWN");
        assertThat(api().get("/api/entries/" + id, null).status()).isEqualTo(404);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> topics.firstOfType(Topics.ENTRY, "org.wsis.entry.EntryWithdrawn", id)
                        .isPresent());
    }
}
