package org.wsis.prize.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.prize.PrizeEvents;
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
        int year = 2090 + new java.util.Random().nextInt(10);
        api().post("/api/prizes/editions", admin, Map.of("year", year));
        api().post("/api/prizes/editions/" + year + "/phase", admin, Map.of("phase", "SUBMISSION"));
        String x = eligibleNomination(year, "Xylo " + year);
        String y = eligibleNomination(year, "Yaro " + year);
        String e1 = expert("one" + year);
        String e2 = expert("two" + year);
        String e3 = expert("three" + year);
        assertThat(score(year, e1, x, allScores(5)).text("type")).isEqualTo("urn:wsis:problem:wrong-phase");
        api().post("/api/prizes/editions/" + year + "/phase", admin, Map.of("phase", "EXPERT_REVIEW"));
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
}
