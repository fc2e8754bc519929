package org.wsis.moderation.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;
import org.wsis.contracts.EventJson;
import org.wsis.contracts.GoldenSamples;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.Topics;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.contracts.entry.EntrySubmitted;
import org.wsis.contracts.entry.EntryWithdrawn;
import org.wsis.contracts.moderation.EntryHiddenPendingReview;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import org.wsis.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
@TestPropertySource(properties = "wsis.moderation.lease-sweep-interval=PT1S")
class ModerationQueueTest {

    @Value("${local.server.port}")
    int port;

    private final TopicProbe topics = TopicProbe.onSharedBroker();
    private final String omar = TestUsers.moderator("Omar");
    private final String lena = TestUsers.moderator("Lena");
    private final String amina = TestUsers.stakeholder("Amina");

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    /** The golden EntrySubmitted sample, for a fresh entry written by Amina. */
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
                new Recipient("user-amina", "user-amina@example.org", "Amina", "fr"));
    }

    /** A fresh submission written by Omar, who also moderates. */
    private static EntrySubmitted aSubmissionByOmar() {
        EntrySubmitted amina = aSubmission();
        return new EntrySubmitted(
                UUID.randomUUID(),
                amina.occurredAt(),
                amina.entryId(),
                amina.revision(),
                "Omar's own community network",
                amina.organisation(),
                amina.actionLines(),
                new Recipient("mod-omar", "mod-omar@example.org", "Omar", "en"));
    }

    private List<String> auditOf(String itemId) {
        return list(api().get("/api/moderation/items/" + itemId + "/audit", lena)
                        .body())
                .stream()
                .map(a -> a.path("action").asString() + " " + a.path("by").asString())
                .toList();
    }

    private ApiClient.Response item(String itemId) {
        return api().get("/api/moderation/items/" + itemId, omar);
    }

    /** Publishes a submission and waits until its item is in the queue. */
    private String queued(EntrySubmitted submitted) {
        topics.publish(submitted);
        String itemId = "entry:" + submitted.entryId() + ":" + submitted.revision();
        await().atMost(Duration.ofSeconds(30)).until(() -> item(itemId).status() == 200);
        return itemId;
    }

    private ApiClient.Response claim(String itemId, String token) {
        return api().post("/api/moderation/items/" + itemId + "/claim", token, null);
    }

    private ApiClient.Response decide(String itemId, String token, String decision, String reason, String message) {
        return api().post(
                        "/api/moderation/items/" + itemId + "/decision",
                        token,
                        message == null
                                ? Map.of("decision", decision, "reasonCode", reason)
                                : Map.of("decision", decision, "reasonCode", reason, "message", message));
    }

    private static List<String> fieldNames(JsonNode node) {
        return StreamSupport.stream(node.propertyNames().spliterator(), false)
                .sorted()
                .toList();
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    @Test
    void aSubmissionDeliveredTwiceQueuesOneItem() {
        EntrySubmitted submitted = aSubmission();
        topics.publish(submitted);
        String itemId = queued(submitted);
        // The test broker's single partition: once the marker is queued, both copies have been handled.
        EntrySubmitted marker = aSubmission();
        queued(marker);

        assertThat(item(itemId).text("state")).isEqualTo("PENDING");
        assertThat(item(itemId).body().path("version").asLong()).isZero();
        assertThat(list(api().get("/api/moderation/items/" + itemId + "/audit", omar)
                        .body()))
                .extracting(a -> a.path("action").asString())
                .containsExactly("QUEUED");
    }

    @Test
    void aClaimedDecisionGoesOutInTheGoldenSamplesShape() {
        EntrySubmitted submitted = aSubmission();
        String itemId = queued(submitted);

        assertThat(decide(itemId, omar, "APPROVED", "MEETS_GUIDELINES", null).text("type"))
                .as("deciding without a claim")
                .isEqualTo("urn:wsis:problem:not-claimed");
        assertThat(claim(itemId, omar).text("state")).isEqualTo("CLAIMED");
        ApiClient.Response decided = decide(itemId, omar, "CHANGES_REQUESTED", "INCOMPLETE", "Name your partners.");

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
        assertThat(event.itemKind()).isEqualTo(ModerationDecided.ItemKind.REVIEW);
        assertThat(list(api().get("/api/moderation/items/" + itemId + "/audit", omar)
                        .body()))
                .extracting(
                        a -> a.path("action").asString() + " " + a.path("by").asString())
                .containsExactly("QUEUED system", "CLAIMED mod-omar", "DECIDED mod-omar");
    }

    @Test
    void ofTwoModeratorsClaimingAtTheSameInstantExactlyOneWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            String itemId = queued(aSubmission());
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<ApiClient.Response>> claims = new ArrayList<>();
                for (String token : List.of(omar, lena)) {
                    claims.add(pool.submit(() -> {
                        start.await();
                        return claim(itemId, token);
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<ApiClient.Response> claim : claims) {
                    statuses.add(claim.get().status());
                }

                assertThat(statuses).containsExactlyInAnyOrder(200, 409);
                String holder = item(itemId).text("claimedBy");
                assertThat(holder).isIn("mod-omar", "mod-lena");
                assertThat(list(api().get("/api/moderation/items/" + itemId + "/audit", omar)
                                .body()))
                        .filteredOn(a -> a.path("action").asString().equals("CLAIMED"))
                        .hasSize(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aSecondClaimIsRefusedAndAReleasedItemCanBeClaimedByAnother() {
        String itemId = queued(aSubmission());
        claim(itemId, omar);

        ApiClient.Response second = claim(itemId, lena);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.text("type")).isEqualTo("urn:wsis:problem:already-claimed");
        assertThat(api().post("/api/moderation/items/" + itemId + "/release", lena, null)
                        .status())
                .isEqualTo(403);

        assertThat(api().post("/api/moderation/items/" + itemId + "/release", omar, null)
                        .text("state"))
                .isEqualTo("PENDING");
        assertThat(claim(itemId, lena).text("claimedBy")).isEqualTo("mod-lena");
    }

    @Test
    void aModeratorIsRefusedTheirOwnEntryAndItsAppealAndTheQueueMarksThemAsTheirs() {
        EntrySubmitted submitted = aSubmissionByOmar();
        String itemId = queued(submitted);

        ApiClient.Response claimed = claim(itemId, omar);
        assertThat(claimed.status()).isEqualTo(403);
        assertThat(claimed.text("type")).isEqualTo("urn:wsis:problem:own-item");
        ApiClient.Response decided = decide(itemId, omar, "APPROVED", "MEETS_GUIDELINES", null);
        assertThat(decided.status()).isEqualTo(403);
        assertThat(decided.text("type")).isEqualTo("urn:wsis:problem:own-item");
        ApiClient.Response bulk = api().post(
                        "/api/moderation/items/bulk-decision",
                        omar,
                        Map.of("itemIds", List.of(itemId), "decision", "APPROVED", "reasonCode", "MEETS_GUIDELINES"));
        assertThat(list(bulk.body().path("results")))
                .extracting(r ->
                        r.path("decided").asBoolean() + " " + r.path("problem").asString())
                .containsExactly("false own-item");
        assertThat(item(itemId).text("state")).isEqualTo("PENDING");
        assertThat(item(itemId).body().path("version").asLong()).isZero();
        assertThat(auditOf(itemId)).containsExactly("QUEUED system");

        assertThat(item(itemId).body().path("ownItem").asBoolean()).isTrue();
        assertThat(api().get("/api/moderation/items/" + itemId, lena)
                        .body()
                        .path("ownItem")
                        .asBoolean())
                .isFalse();
        assertThat(list(api().get("/api/moderation/items?state=PENDING&size=100", omar)
                        .body()
                        .path("items")))
                .filteredOn(i -> i.path("id").asString().equals(itemId))
                .singleElement()
                .satisfies(i -> assertThat(i.path("ownItem").asBoolean()).isTrue());

        // Lena rejects it; Omar appeals as its author, and may not decide his own appeal either.
        claim(itemId, lena);
        decide(itemId, lena, "REJECTED", "NOT_ICT_FOR_DEVELOPMENT", "No ICT component.");
        ApiClient.Response appeal = api().post(
                        "/api/moderation/items/" + itemId + "/appeal",
                        omar,
                        Map.of("message", "The network is run by the community."));
        assertThat(appeal.status()).isEqualTo(201);
        String appealId = appeal.text("id");
        ApiClient.Response claimedAppeal = claim(appealId, omar);
        assertThat(claimedAppeal.status()).isEqualTo(403);
        assertThat(claimedAppeal.text("type")).isEqualTo("urn:wsis:problem:own-item");
        assertThat(item(appealId).text("state")).isEqualTo("PENDING");
        assertThat(item(appealId).body().path("ownItem").asBoolean()).isTrue();
        assertThat(auditOf(appealId)).containsExactly("QUEUED mod-omar");
    }

    @Test
    void aRejectionWithoutAMessageIsRefusedAndTheItemStaysClaimed() {
        String itemId = queued(aSubmission());
        claim(itemId, omar);

        ApiClient.Response refused = decide(itemId, omar, "REJECTED", "DUPLICATE", null);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("type")).isEqualTo("urn:wsis:problem:message-required");
        assertThat(item(itemId).text("state")).isEqualTo("CLAIMED");
    }

    @Test
    void aBulkDecisionDecidesEachClaimedItemAndSaysWhichWereRefused() {
        String first = queued(aSubmission());
        String second = queued(aSubmission());
        String notClaimed = queued(aSubmission());
        claim(first, omar);
        claim(second, omar);

        ApiClient.Response bulk = api().post(
                        "/api/moderation/items/bulk-decision",
                        omar,
                        Map.of(
                                "itemIds",
                                List.of(first, second, notClaimed),
                                "decision",
                                "APPROVED",
                                "reasonCode",
                                "MEETS_GUIDELINES"));

        assertThat(bulk.status()).isEqualTo(200);
        assertThat(list(bulk.body().path("results")))
                .extracting(r ->
                        r.path("itemId").asString() + " " + r.path("decided").asBoolean() + " "
                                + r.path("problem").asString(""))
                .containsExactly(first + " true ", second + " true ", notClaimed + " false not-claimed");
        assertThat(item(first).text("state")).isEqualTo("DECIDED");
        assertThat(item(notClaimed).text("state")).isEqualTo("PENDING");
    }

    @Test
    void theListingFiltersCountsAndExportsTheAuditTrail() {
        String itemId = queued(aSubmission());
        claim(itemId, lena);

        JsonNode claimed = api().get("/api/moderation/items?state=CLAIMED&kind=REVIEW&actionLine=C2&size=100", omar)
                .body();
        assertThat(list(claimed.path("items")))
                .extracting(i -> i.path("id").asString())
                .contains(itemId);
        assertThat(list(claimed.path("items")))
                .allSatisfy(i -> assertThat(i.path("state").asString()).isEqualTo("CLAIMED"));
        assertThat(claimed.path("counts").path("CLAIMED").asLong())
                .isEqualTo(claimed.path("total").asLong());
        assertThat(list(api().get("/api/moderation/items?actionLine=C11&size=100", omar)
                        .body()
                        .path("items")))
                .extracting(i -> i.path("id").asString())
                .doesNotContain(itemId);
        ApiClient.Response tooBig = api().get("/api/moderation/items?size=101", omar);
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.body().path("errors").findValuesAsString("field")).containsExactly("size");

        ApiClient.Text csv = api().getText("/api/moderation/audit.csv", omar);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines().findFirst()).contains("item_id,kind,subject_id,revision,action,by,at,detail");
        assertThat(csv.body().lines().filter(l -> l.startsWith(itemId + ",")))
                .extracting(l -> l.split(",")[4] + " " + l.split(",")[5])
                .containsExactly("QUEUED system", "CLAIMED mod-lena");
        assertThat(api().getText("/api/moderation/audit.csv", amina).status()).isEqualTo(403);
    }

    @Test
    void aWithdrawnEntryLeavesTheQueue() {
        EntrySubmitted submitted = aSubmission();
        String itemId = queued(submitted);
        topics.publish(new EntryWithdrawn(
                UUID.randomUUID(),
                submitted.occurredAt(),
                submitted.entryId(),
                submitted.revision(),
                submitted.title(),
                submitted.owner()));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(item(itemId).text("state")).isEqualTo("CLOSED"));
    }

    @Test
    void flagsReachingTheThresholdQueueTheEntryAndHideIt() {
        EntrySubmitted submitted = aSubmission();
        EntryPublished published = new EntryPublished(
                UUID.randomUUID(),
                submitted.occurredAt(),
                submitted.entryId(),
                1,
                submitted.title(),
                submitted.organisation(),
                submitted.actionLines(),
                submitted.owner());
        topics.publish(published);
        String entryId = submitted.entryId();
        Map<String, Object> spam = Map.of("entryId", entryId, "reason", "SPAM");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api().post("/api/moderation/flags", TestUsers.voter("Vera"), spam)
                                .status()
                        == 201);

        assertThat(api().post("/api/moderation/flags", TestUsers.voter("Vera"), spam)
                        .text("type"))
                .isEqualTo("urn:wsis:problem:already-flagged");
        assertThat(api().post("/api/moderation/flags", amina, spam).text("type"))
                .isEqualTo("urn:wsis:problem:own-entry");
        assertThat(api().post(
                                "/api/moderation/flags",
                                TestUsers.voter("Vic"),
                                Map.of("entryId", entryId, "reason", "OTHER"))
                        .status())
                .isEqualTo(400);
        assertThat(api().post(
                                "/api/moderation/flags",
                                TestUsers.voter("Vic"),
                                Map.of("entryId", "nope", "reason", "SPAM"))
                        .status())
                .isEqualTo(404);
        assertThat(api().post("/api/moderation/flags", null, spam).status()).isEqualTo(401);
        api().post("/api/moderation/flags", TestUsers.voter("Vic"), Map.of("entryId", entryId, "reason", "OFFENSIVE"));
        assertThat(item("flagged:" + entryId + ":1").status())
                .as("below the threshold")
                .isEqualTo(404);

        api().post(
                        "/api/moderation/flags",
                        TestUsers.voter("Val"),
                        Map.of("entryId", entryId, "reason", "OTHER", "text", "Copied from another entry"));

        ApiClient.Response flagged = item("flagged:" + entryId + ":1");
        assertThat(flagged.text("kind")).isEqualTo("FLAGGED");
        assertThat(flagged.body().path("flagCount").asInt()).isEqualTo(3);
        TopicProbe.Received hidden = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> topics.firstOfType(
                                Topics.MODERATION, "org.wsis.moderation.EntryHiddenPendingReview", entryId),
                        r -> r.isPresent())
                .orElseThrow();
        assertThat(((EntryHiddenPendingReview) hidden.event()).flagCount()).isEqualTo(3);
        JsonNode golden = EventJson.mapper().readTree(GoldenSamples.json(EntryHiddenPendingReview.class));
        assertThat(fieldNames(EventJson.mapper().readTree(hidden.payload()))).isEqualTo(fieldNames(golden));
        assertThat(list(api().get("/api/moderation/items?kind=FLAGGED&sort=mostFlagged", omar)
                                .body()
                                .path("items"))
                        .getFirst()
                        .path("flagCount")
                        .asInt())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void theAuthorAppealsARejectionOnceAndAnotherModeratorDecidesIt() {
        EntrySubmitted submitted = aSubmission();
        String itemId = queued(submitted);
        claim(itemId, omar);
        decide(itemId, omar, "REJECTED", "NOT_ICT_FOR_DEVELOPMENT", "No ICT component.");

        JsonNode mine = api().get("/api/moderation/my-items", amina).body();
        assertThat(list(mine))
                .filteredOn(i -> i.path("id").asString().equals(itemId))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.path("decision").asString()).isEqualTo("REJECTED");
                    assertThat(i.path("messageToAuthor").asString()).isEqualTo("No ICT component.");
                });
        assertThat(api().post(
                                "/api/moderation/items/" + itemId + "/appeal",
                                TestUsers.stakeholder("Boris"),
                                Map.of("message", "x"))
                        .status())
                .isEqualTo(403);

        ApiClient.Response appeal = api().post(
                        "/api/moderation/items/" + itemId + "/appeal",
                        amina,
                        Map.of("message", "It is a mobile app for farmers."));
        assertThat(appeal.status()).isEqualTo(201);
        String appealId = appeal.text("id");
        assertThat(item(itemId).text("state")).isEqualTo("APPEALED");
        assertThat(api().post("/api/moderation/items/" + itemId + "/appeal", amina, Map.of("message", "Again"))
                        .text("type"))
                .isEqualTo("urn:wsis:problem:already-appealed");

        claim(appealId, omar);
        assertThat(decide(appealId, omar, "APPROVED", "MEETS_GUIDELINES", null).text("type"))
                .isEqualTo("urn:wsis:problem:appeal-needs-another-moderator");
        api().post("/api/moderation/items/" + appealId + "/release", omar, null);
        claim(appealId, lena);
        assertThat(decide(appealId, lena, "APPROVED", "MEETS_GUIDELINES", null).text("state"))
                .isEqualTo("DECIDED");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(topics.readAll(Topics.MODERATION).stream()
                                .filter(r -> r.key().equals(submitted.entryId()))
                                .map(TopicProbe.Received::event)
                                .filter(e -> e instanceof ModerationDecided d
                                        && d.itemKind() == ModerationDecided.ItemKind.APPEAL)
                                .count())
                        .isEqualTo(1));
    }

    @Test
    void onlyModeratorsSeeTheQueueAndItsMetricsArePublished() {
        assertThat(api().get("/api/moderation/items", null).status()).isEqualTo(401);
        assertThat(api().get("/api/moderation/items", amina).status()).isEqualTo(403);
        assertThat(api().get("/api/moderation/items", omar).status()).isEqualTo(200);

        String itemId = queued(aSubmission());
        claim(itemId, omar);
        decide(itemId, omar, "APPROVED", "MEETS_GUIDELINES", null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = api().getText("/actuator/prometheus", null).body();
            assertThat(metrics)
                    .contains("wsis_moderation_decisions_total{")
                    .contains("wsis_moderation_time_to_decision_seconds_bucket{")
                    .containsPattern("wsis_moderation_queue_depth\\{[^}]*kind=\"REVIEW\"[^}]*state=\"DECIDED\"");
        });
    }

    @Test
    void aNominationIsScreenedOnceAndItsDecisionNamesTheNomination() {
        org.wsis.contracts.prize.NominationSubmitted golden =
                (org.wsis.contracts.prize.NominationSubmitted) EventJson.read(
                        "org.wsis.prize.NominationSubmitted",
                        GoldenSamples.json(org.wsis.contracts.prize.NominationSubmitted.class)
                                .getBytes(StandardCharsets.UTF_8));
        String nominationId = "2027:" + UUID.randomUUID();
        org.wsis.contracts.prize.NominationSubmitted nomination = new org.wsis.contracts.prize.NominationSubmitted(
                UUID.randomUUID(),
                golden.occurredAt(),
                nominationId,
                golden.edition(),
                golden.category(),
                golden.entryId(),
                golden.entryTitle(),
                golden.organisation(),
                new Recipient("user-amina", "user-amina@example.org", "Amina", "fr"));
        topics.publish(nomination);
        topics.publish(nomination);
        String itemId = "nomination:" + nominationId + ":1";
        await().atMost(Duration.ofSeconds(30)).until(() -> item(itemId).status() == 200);
        assertThat(item(itemId).text("subjectType")).isEqualTo("NOMINATION");
        assertThat(item(itemId).body().path("actionLines").get(0).asString()).isEqualTo("C2");

        claim(itemId, omar);
        assertThat(decide(itemId, omar, "REJECTED", "DUPLICATE", "Nominated twice.")
                        .status())
                .isEqualTo(200);

        ModerationDecided decided = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> topics.readAll(org.wsis.contracts.Topics.MODERATION).stream()
                                .map(TopicProbe.Received::event)
                                .filter(e -> e instanceof ModerationDecided d
                                        && d.subjectId().equals(nominationId))
                                .map(ModerationDecided.class::cast)
                                .findFirst(),
                        r -> r.isPresent())
                .orElseThrow();
        assertThat(decided.subjectType()).isEqualTo(ModerationDecided.SubjectType.NOMINATION);
        assertThat(api().post("/api/moderation/items/" + itemId + "/appeal", amina, Map.of("message", "Why?"))
                        .status())
                .isEqualTo(409);
        assertThat(api().get("/api/moderation/items?state=PENDING&size=100", omar)
                        .body()
                        .path("items")
                        .findValuesAsString("id"))
                .doesNotContain(itemId);
    }

    @Test
    void aConvenorsIssueIsReviewedOnceAndItsWithdrawalEmptiesTheQueue() {
        org.wsis.contracts.convening.ConveningItemSubmitted golden =
                (org.wsis.contracts.convening.ConveningItemSubmitted) EventJson.read(
                        "org.wsis.convening.ConveningItemSubmitted",
                        GoldenSamples.json(org.wsis.contracts.convening.ConveningItemSubmitted.class)
                                .getBytes(StandardCharsets.UTF_8));
        String issueId = UUID.randomUUID().toString();
        var submitted = new org.wsis.contracts.convening.ConveningItemSubmitted(
                UUID.randomUUID(),
                golden.occurredAt(),
                golden.item(),
                issueId,
                1,
                golden.title(),
                golden.convenor(),
                golden.actionLines(),
                new Recipient("user-amina", "user-amina@example.org", "Amina", "fr"),
                List.of("user-amina", "mod-lena"));
        topics.publish(submitted);
        topics.publish(submitted);
        String itemId = "convenor_issue:" + issueId + ":1";
        await().atMost(Duration.ofSeconds(30)).until(() -> item(itemId).status() == 200);
        assertThat(item(itemId).text("subjectType")).isEqualTo("CONVENOR_ISSUE");
        assertThat(item(itemId).text("title"))
                .isEqualTo("Affordable broadband for rural schools (Red de Conectividad Rural)");
        assertThat(claim(itemId, amina).status())
                .as("the author reviews their own issue")
                .isEqualTo(403);
        assertThat(claim(itemId, lena).status())
                .as("a moderator who manages the convenor with its author reviews its issue neither")
                .isEqualTo(403);

        claim(itemId, omar);
        assertThat(decide(itemId, omar, "APPROVED", "MEETS_GUIDELINES", null).status())
                .isEqualTo(200);
        ModerationDecided decided = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> topics.firstOfType(Topics.MODERATION, "org.wsis.moderation.ModerationDecided", issueId),
                        r -> r.isPresent())
                .map(r -> (ModerationDecided) r.event())
                .orElseThrow();
        assertThat(decided.subjectType()).isEqualTo(ModerationDecided.SubjectType.CONVENOR_ISSUE);
        assertThat(decided.subjectRevision()).isEqualTo(1);

        var second = new org.wsis.contracts.convening.ConveningItemSubmitted(
                UUID.randomUUID(),
                golden.occurredAt(),
                golden.item(),
                issueId,
                2,
                golden.title(),
                golden.convenor(),
                golden.actionLines(),
                submitted.owner(),
                submitted.managerIds());
        topics.publish(second);
        String secondItem = "convenor_issue:" + issueId + ":2";
        await().atMost(Duration.ofSeconds(30)).until(() -> item(secondItem).status() == 200);
        topics.publish(new org.wsis.contracts.convening.ConveningItemWithdrawn(
                UUID.randomUUID(), golden.occurredAt(), golden.item(), issueId, 2, golden.title(), submitted.owner()));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(item(secondItem).text("state")).isEqualTo("CLOSED"));
        assertThat(item(itemId).text("state")).isEqualTo("DECIDED");
    }

    @Test
    void aCalendarEventIsQueuedUnderItsOwnKindAndDecidedForTheCalendar() {
        String eventId = UUID.randomUUID().toString();
        Recipient owner = new Recipient("user-amina", "user-amina@example.org", "Amina", "fr");
        topics.publish(new org.wsis.contracts.convening.ConveningItemSubmitted(
                UUID.randomUUID(),
                java.time.Instant.parse("2027-02-03T10:15:00Z"),
                org.wsis.contracts.convening.ConveningItemEvent.ItemKind.EVENT,
                eventId,
                1,
                "Regional consultation on community networks",
                "Red de Conectividad Rural",
                List.of(org.wsis.contracts.ActionLine.C2),
                owner,
                List.of(owner.userId())));
        String itemId = "calendar_event:" + eventId + ":1";
        await().atMost(Duration.ofSeconds(30)).until(() -> item(itemId).status() == 200);
        assertThat(item(itemId).text("subjectType")).isEqualTo("CALENDAR_EVENT");
        assertThat(item(itemId).text("title"))
                .isEqualTo("Event: Regional consultation on community networks (Red de Conectividad Rural)");

        claim(itemId, omar);
        assertThat(decide(itemId, omar, "APPROVED", "MEETS_GUIDELINES", null).status())
                .isEqualTo(200);
        ModerationDecided decided = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> topics.firstOfType(Topics.MODERATION, "org.wsis.moderation.ModerationDecided", eventId),
                        r -> r.isPresent())
                .map(r -> (ModerationDecided) r.event())
                .orElseThrow();
        assertThat(decided.subjectType()).isEqualTo(ModerationDecided.SubjectType.CALENDAR_EVENT);
    }

    @Test
    void aProposedWorkshopIsOnTheProgrammeDeskOnlyAndDecidedThere() {
        String pia = org.wsis.testkit.PlatformInfrastructure.shared()
                .token("prog-pia", "pia@example.org", "Pia", "stakeholder", "programme");
        String workshopId = UUID.randomUUID().toString();
        Recipient owner = new Recipient("user-amina", "user-amina@example.org", "Amina", "fr");
        topics.publish(new org.wsis.contracts.convening.ConveningItemSubmitted(
                UUID.randomUUID(),
                java.time.Instant.parse("2027-03-04T10:15:00Z"),
                org.wsis.contracts.convening.ConveningItemEvent.ItemKind.WORKSHOP,
                workshopId,
                1,
                "Community networks beyond the last mile",
                "Red de Conectividad Rural",
                List.of(),
                owner,
                List.of(owner.userId())));
        String itemId = "workshop:" + workshopId + ":1";
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get("/api/moderation/items/" + itemId, pia).status() == 200);
        assertThat(api().get("/api/moderation/items/" + itemId, pia).text("title"))
                .isEqualTo("Workshop: Community networks beyond the last mile (Red de Conectividad Rural)");

        // not a moderator's to read or decide, and a moderation item is not the programme's
        assertThat(item(itemId).status()).isEqualTo(404);
        assertThat(claim(itemId, omar).status()).isEqualTo(404);
        assertThat(api().get("/api/moderation/items?size=100", omar)
                        .body()
                        .path("items")
                        .findValuesAsString("id"))
                .doesNotContain(itemId);
        String entryItem = queued(aSubmission());
        assertThat(api().get("/api/moderation/items/" + entryItem, pia).status())
                .isEqualTo(404);
        assertThat(api().get("/api/moderation/items?size=100", pia)
                        .body()
                        .path("items")
                        .findValuesAsString("subjectType"))
                .containsOnly("WORKSHOP");
        assertThat(api().get("/api/moderation/audit.csv", pia).status()).isEqualTo(403);

        claim(itemId, pia);
        assertThat(decide(itemId, pia, "APPROVED", "MEETS_GUIDELINES", null).status())
                .isEqualTo(200);
        ModerationDecided decided = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> topics.firstOfType(
                                Topics.MODERATION, "org.wsis.moderation.ModerationDecided", workshopId),
                        r -> r.isPresent())
                .map(r -> (ModerationDecided) r.event())
                .orElseThrow();
        assertThat(decided.subjectType()).isEqualTo(ModerationDecided.SubjectType.WORKSHOP);
        assertThat(decided.moderatorId()).isEqualTo("prog-pia");
    }
}
