package org.wsis.prize.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoOperations;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.prize.PrizeEvents;
import org.wsis.prize.PrizeFixture;
import org.wsis.prize.review.mongo.ReviewStore;
import org.wsis.servicekit.security.Caller;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformInfrastructure;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import org.wsis.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class ExpertReviewTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    MongoOperations mongo;

    private final TopicProbe topics = TopicProbe.onSharedBroker();
    private final String admin = PlatformInfrastructure.shared().token("admin-ada", "ada@example.org", "Ada", "admin");
    private final String amina = TestUsers.stakeholder("Amina");

    private static String expert(String name) {
        String id = "expert-" + name;
        return PlatformInfrastructure.shared().token(id, id + "@example.org", name, "expert");
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private String eligibleNomination(int year, String organisation) {
        EntryPublished published = PrizeEvents.published(
                organisation + " project",
                organisation,
                List.of(ActionLine.C2),
                new Recipient("user-amina", "amina@example.org", "Amina", "en"));
        String entry = published.entryId();
        topics.publish(published);
        ApiClient.Response nominated = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> api().post(
                                        "/api/prizes/editions/" + year + "/nominations",
                                        amina,
                                        Map.of("entryId", entry, "category", 2)),
                        r -> r.status() == 201);
        String id = nominated.text("id");
        topics.publish(PrizeEvents.screened(id, ModerationDecided.Decision.APPROVED, null));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get("/api/prizes/editions/" + year + "/nominations?status=ELIGIBLE", admin)
                        .body()
                        .findValuesAsString("id")
                        .contains(id));
        return id;
    }

    private static Map<String, Object> allScores(int score) {
        Map<String, Object> scores = new HashMap<>();
        for (String criterion : List.of("IMPACT", "INNOVATION", "SUSTAINABILITY", "REPLICABILITY", "ALIGNMENT")) {
            scores.put(criterion, score);
        }
        return Map.of("scores", scores, "comment", "Scored " + score);
    }

    private ApiClient.Response score(int year, String expert, String nomination, Map<String, Object> card) {
        return api().post("/api/prizes/editions/" + year + "/nominations/" + nomination + "/scores", expert, card);
    }

    @Test
    void assignedExpertsScoreOnceOrRecuseSeeOthersOnlyAfterScoringAndAdminsRankTheNominations() {
        // A year of the fixture's, which no other test of this JVM takes (a fixed range here once collided).
        int year = new PrizeFixture(port, mongo).unusedYear();
        api().post("/api/prizes/editions", admin, Map.of("year", year));
        api().post("/api/prizes/editions/" + year + "/phase", admin, Map.of("phase", "SUBMISSION"));
        String x = eligibleNomination(year, "Xylo " + year);
        String y = eligibleNomination(year, "Yaro " + year);
        String e1 = expert("one" + year);
        String e2 = expert("two" + year);
        String e3 = expert("three" + year);
        assertThat(score(year, e1, x, allScores(5)).text("type")).isEqualTo("urn:wsis:problem:wrong-phase");
        api().post("/api/prizes/editions/" + year + "/phase", admin, Map.of("phase", "EXPERT_REVIEW"));
        for (String expert : List.of(e1, e2, e3)) {
            assertThat(api().get("/api/prizes/experts/me", expert).status()).isEqualTo(200);
        }
        for (String[] assignment : new String[][] {{"one", "2"}, {"two", "2"}, {"three", "4"}}) {
            assertThat(api().put(
                                    "/api/prizes/editions/" + year + "/experts/expert-" + assignment[0] + year,
                                    admin,
                                    Map.of("categories", List.of(Integer.parseInt(assignment[1]))),
                                    null)
                            .status())
                    .isEqualTo(200);
        }

        assertThat(score(year, e3, x, allScores(5)).status()).isEqualTo(403);
        JsonNode worklist =
                api().get("/api/prizes/editions/" + year + "/review", e1).body();
        assertThat(worklist.findValuesAsString("nominationId")).containsExactlyInAnyOrder(x, y);
        assertThat(api().get("/api/prizes/editions/" + year + "/nominations/" + x + "/scores", e1)
                        .status())
                .as("no peeking before scoring")
                .isEqualTo(403);

        Map<String, Object> partial = new HashMap<>(allScores(4));
        @SuppressWarnings("unchecked")
        Map<String, Object> scores = new HashMap<>((Map<String, Object>) partial.get("scores"));
        scores.remove("IMPACT");
        assertThat(score(year, e1, x, Map.of("scores", scores)).text("type"))
                .isEqualTo("urn:wsis:problem:score-incomplete");
        assertThat(score(year, e1, x, allScores(6)).status()).isEqualTo(400);
        assertThat(score(year, e1, x, allScores(5)).body().path("total").asInt())
                .isEqualTo(25);
        assertThat(score(year, e1, x, allScores(1)).text("type")).isEqualTo("urn:wsis:problem:already-reviewed");

        ApiClient.Response recused = api().post(
                        "/api/prizes/editions/" + year + "/nominations/" + x + "/recusal",
                        e2,
                        Map.of("reason", "I advised this project in 2024."));
        assertThat(recused.body().path("recused").asBoolean()).isTrue();
        assertThat(score(year, e2, x, allScores(2)).text("type")).isEqualTo("urn:wsis:problem:already-reviewed");
        score(year, e2, y, allScores(3));
        score(year, e1, y, allScores(4));

        JsonNode reviewsOfX = api().get("/api/prizes/editions/" + year + "/nominations/" + x + "/scores", e1)
                .body();
        assertThat(reviewsOfX.findValuesAsString("expertId"))
                .containsExactlyInAnyOrder("expert-one" + year, "expert-two" + year);

        JsonNode ranking = api().get("/api/prizes/editions/" + year + "/categories/2/ranking", admin)
                .body();
        assertThat(ranking.get(0).path("nominationId").asString()).isEqualTo(x);
        assertThat(ranking.get(0).path("averageTotal").asDouble()).isEqualTo(25.0);
        assertThat(ranking.get(0).path("recusals").asInt()).isEqualTo(1);
        assertThat(ranking.get(1).path("nominationId").asString()).isEqualTo(y);
        assertThat(ranking.get(1).path("averageTotal").asDouble()).isEqualTo(17.5);
        assertThat(api().get("/api/prizes/editions/" + year + "/categories/2/ranking", e1)
                        .status())
                .isEqualTo(403);
    }

    private String expertWithOrganisation(String id, String name, String organisation) {
        return PlatformInfrastructure.shared()
                .tokenIssuer()
                .mint(
                        id,
                        id + "@example.org",
                        name,
                        "en",
                        List.of("expert", "stakeholder"),
                        Duration.ofMinutes(30),
                        Map.of(Caller.ORGANISATION_CLAIM, organisation));
    }

    private String eligible(PrizeFixture prizes, int year, String token, String ownerId, String organisation) {
        String entry = prizes.publishedEntry(ownerId, organisation, List.of(ActionLine.C2));
        ApiClient.Response nominated = prizes.nominate(year, token, entry, 2);
        assertThat(nominated.status()).isEqualTo(201);
        String id = nominated.text("id");
        prizes.screen(id, ModerationDecided.Decision.APPROVED, null);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> prizes.status(year, id).equals("ELIGIBLE"));
        return id;
    }

    private static JsonNode reviewOf(JsonNode worklist, String nominationId) {
        for (JsonNode review : worklist) {
            if (review.path("nominationId").asString().equals(nominationId)) {
                return review;
            }
        }
        throw new AssertionError(nominationId + " is not in the worklist " + worklist);
    }

    private static int recusals(JsonNode ranking, String nominationId) {
        for (JsonNode ranked : ranking) {
            if (ranked.path("nominationId").asString().equals(nominationId)) {
                return ranked.path("recusals").asInt();
            }
        }
        throw new AssertionError(nominationId + " is not ranked");
    }

    @Test
    void anExpertNeverScoresTheirOwnNominationOrTheirOrganisationsAndTheRecusalIsRecordedForThem() {
        PrizeFixture prizes = new PrizeFixture(port, mongo);
        int year = prizes.newEdition(Map.of());
        prizes.advance(year, "SUBMISSION");
        String omarId = "expert-omar-" + year;
        String omar = expertWithOrganisation(omarId, "Omar", "  ministry OF digital\taffairs " + year + " ");
        String own = eligible(prizes, year, omar, omarId, "Omar's own project " + year);
        String ministry = eligible(prizes, year, amina, "user-amina", "Ministry of  Digital Affairs " + year);
        String other = eligible(prizes, year, amina, "user-amina", "Open Farms " + year);
        String ritaId = "expert-rita-" + year;
        String rita = expertWithOrganisation(ritaId, "Rita", "OPEN FARMS " + year);
        prizes.advance(year, "EXPERT_REVIEW");
        for (String[] expert : new String[][] {{omarId, omar}, {ritaId, rita}}) {
            assertThat(api().get("/api/prizes/experts/me", expert[1]).status()).isEqualTo(200);
            assertThat(api().put(
                                    "/api/prizes/editions/" + year + "/experts/" + expert[0],
                                    admin,
                                    Map.of("categories", List.of(2)),
                                    null)
                            .status())
                    .isEqualTo(200);
        }

        ApiClient.Response ownScore = score(year, omar, own, allScores(5));
        assertThat(ownScore.status()).isEqualTo(403);
        assertThat(ownScore.text("type")).isEqualTo("urn:wsis:problem:conflict-of-interest");
        ApiClient.Response ministryScore = score(year, omar, ministry, allScores(5));
        assertThat(ministryScore.status())
                .as("the same organisation, however its name is spaced or capitalised")
                .isEqualTo(403);
        assertThat(ministryScore.text("type")).isEqualTo("urn:wsis:problem:conflict-of-interest");
        assertThat(score(year, omar, other, allScores(4)).status()).isEqualTo(200);

        JsonNode omarsWork =
                api().get("/api/prizes/editions/" + year + "/review", omar).body();
        assertThat(reviewOf(omarsWork, own).path("recused").asBoolean()).isTrue();
        assertThat(reviewOf(omarsWork, own).path("conflict").asString()).isEqualTo("OWN_NOMINATION");
        assertThat(reviewOf(omarsWork, own).path("recusalReason").asString()).isEqualTo("Own nomination");
        assertThat(reviewOf(omarsWork, ministry).path("conflict").asString()).isEqualTo("SAME_ORGANISATION");
        assertThat(reviewOf(omarsWork, other).path("total").asInt()).isEqualTo(20);

        // Rita never tries: building her worklist records her recusal from her organisation's nomination.
        JsonNode ritasWork =
                api().get("/api/prizes/editions/" + year + "/review", rita).body();
        assertThat(reviewOf(ritasWork, other).path("recused").asBoolean()).isTrue();
        assertThat(reviewOf(ritasWork, other).path("recusalReason").asString()).isEqualTo("Same organisation");
        assertThat(reviewOf(ritasWork, own).path("recused").asBoolean()).isFalse();
        api().get("/api/prizes/editions/" + year + "/review", rita);
        assertThat(score(year, rita, other, allScores(1)).text("type"))
                .isEqualTo("urn:wsis:problem:conflict-of-interest");

        JsonNode ranking = api().get("/api/prizes/editions/" + year + "/categories/2/ranking", admin)
                .body();
        assertThat(recusals(ranking, own)).isEqualTo(1);
        assertThat(recusals(ranking, ministry)).isEqualTo(1);
        assertThat(recusals(ranking, other))
                .as("recorded once, however often the worklist is built or scoring attempted")
                .isEqualTo(1);
    }

    @Test
    void anAssignmentNamingNoKnownExpertOrMadeOnceTheVoteIsOpenIsRefusedAndChangesNothing() {
        PrizeFixture prizes = new PrizeFixture(port, mongo);
        int year = prizes.newEdition(Map.of());
        String knownId = "expert-known-" + year;
        String known = PlatformInfrastructure.shared().token(knownId, knownId + "@example.org", "Known", "expert");
        assertThat(api().get("/api/prizes/experts/me", known).text("expertId")).isEqualTo(knownId);
        String assign = "/api/prizes/editions/" + year + "/experts/";

        ApiClient.Response unknown =
                api().put(assign + "expert-nobody-" + year, admin, Map.of("categories", List.of(2)), null);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("type")).isEqualTo("urn:wsis:problem:validation");
        assertThat(unknown.body().path("errors").get(0).path("field").asString())
                .isEqualTo("expertId");
        assertThat(api().get("/api/prizes/experts", admin).body().findValuesAsString("expertId"))
                .contains(knownId)
                .doesNotContain("expert-nobody-" + year);
        assertThat(api().get("/api/prizes/experts", known).status()).isEqualTo(403);

        assertThat(api().put(assign + knownId, admin, Map.of("categories", List.of(2)), null)
                        .status())
                .as("assigned while the edition is prepared")
                .isEqualTo(200);
        for (String phase : List.of("SUBMISSION", "EXPERT_REVIEW", "VOTING")) {
            assertThat(prizes.advance(year, phase).status()).isEqualTo(200);
        }
        ApiClient.Response duringTheVote =
                api().put(assign + knownId, admin, Map.of("categories", List.of(2, 4)), null);
        assertThat(duringTheVote.status()).isEqualTo(409);
        assertThat(duringTheVote.text("type")).isEqualTo("urn:wsis:problem:wrong-phase");
        assertThat(mongo.findById(year + ":" + knownId, Document.class, ReviewStore.ASSIGNMENTS)
                        .getList("categories", Integer.class))
                .containsExactly(2);
    }
}
