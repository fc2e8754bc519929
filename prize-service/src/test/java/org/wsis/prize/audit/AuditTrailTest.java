package org.wsis.prize.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoOperations;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.prize.PrizeFixture;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformInfrastructure;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import tools.jackson.databind.JsonNode;

/**
 * Every admin action that changes an edition's outcome leaves a line in its audit trail: who, what and
 * when. Only admins read it.
 */
@PlatformIntegrationTest
class AuditTrailTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    MongoOperations mongo;

    private final String bea = PlatformInfrastructure.shared().token("admin-bea", "bea@example.org", "Bea", "admin");

    private JsonNode trail(PrizeFixture prizes, int year) {
        return prizes.api()
                .get("/api/prizes/editions/" + year + "/audit?size=100", prizes.admin)
                .body();
    }

    private static String eligible(PrizeFixture prizes, int year, String organisation) {
        String entry = prizes.publishedEntry("user-amina", organisation, List.of(ActionLine.C2));
        ApiClient.Response nominated = prizes.nominate(year, prizes.amina, entry, 2);
        assertThat(nominated.status()).isEqualTo(201);
        String id = nominated.text("id");
        prizes.screen(id, ModerationDecided.Decision.APPROVED, null);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> prizes.status(year, id).equals("ELIGIBLE"));
        return id;
    }

    @Test
    void eachActionThatChangesAnEditionsOutcomeIsRecordedWithTheAdminWhoTookIt() {
        PrizeFixture prizes = new PrizeFixture(port, mongo);
        ApiClient api = prizes.api();
        String base = "/api/prizes/editions/";
        Instant started = Instant.now();
        int year = prizes.newEdition(Map.of());
        assertThat(prizes.advance(year, "SUBMISSION").status()).isEqualTo(200);
        String alpha = eligible(prizes, year, "Alpha Audit " + year);
        String beta = eligible(prizes, year, "Beta Audit " + year);
        assertThat(prizes.advance(year, "EXPERT_REVIEW").status()).isEqualTo(200);
        String expertId = "expert-audit-" + year;
        String expert = PlatformInfrastructure.shared().token(expertId, expertId + "@example.org", "Ines", "expert");
        api.get("/api/prizes/experts/me", expert);
        assertThat(api.put(
                                base + year + "/experts/" + expertId,
                                prizes.admin,
                                Map.of("categories", List.of(4, 2)),
                                null)
                        .status())
                .isEqualTo(200);
        for (String nomination : List.of(alpha, beta)) {
            assertThat(api.post(base + year + "/nominations/" + nomination + "/shortlist", prizes.admin, null)
                            .status())
                    .isEqualTo(200);
        }
        assertThat(prizes.advance(year, "VOTING").status()).isEqualTo(200);
        int linesBeforeRefusals = trail(prizes, year).path("total").asInt();
        assertThat(prizes.advance(year, "RESULTS_PUBLISHED").status())
                .as("a refused move")
                .isEqualTo(409);
        assertThat(api.post(base + year + "/nominations/" + alpha + "/shortlist", prizes.admin, null)
                        .status())
                .as("a refused shortlisting")
                .isEqualTo(409);
        assertThat(trail(prizes, year).path("total").asInt())
                .as("an action that did not happen is not recorded")
                .isEqualTo(linesBeforeRefusals);

        String throwaway = TestUsers.voter("Audit throwaway " + year, "a" + year + "@mailinator.com", started);
        assertThat(prizes.vote(year, throwaway, 2, alpha).status()).isEqualTo(202);
        String voterId = TestUsers.voterId("Audit throwaway " + year);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(base + year + "/ballot-review/voters?status=FLAGGED", bea)
                                .body()
                                .path("total")
                                .asInt()
                        == 1);
        ApiClient.Response decided = api.post(
                base + year + "/ballot-review/decisions",
                bea,
                Map.of("decision", "ACCEPT", "voterIds", List.of(voterId, "voter-nobody-" + year)));
        assertThat(decided.body().path("decided").asInt()).isEqualTo(1);
        assertThat(prizes.advance(year, "SELECTION").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> prizes.standing(year, alpha).path("votes").asLong() == 1);
        assertThat(api.post(
                                base + year + "/categories/2/winners",
                                prizes.admin,
                                Map.of("nominationIds", List.of(alpha)))
                        .status())
                .isEqualTo(204);
        assertThat(prizes.advance(year, "RESULTS_PUBLISHED").status()).isEqualTo(200);

        JsonNode trail = trail(prizes, year);
        List<String> actions = new ArrayList<>();
        trail.path("lines")
                .forEach(line -> actions.add(line.path("action").asString()
                        + (line.path("details").has("to")
                                ? " " + line.path("details").path("to").asString()
                                : "")));
        assertThat(actions)
                .as("newest first")
                .containsExactly(
                        "PHASE_CHANGED RESULTS_PUBLISHED",
                        "WINNERS_SELECTED",
                        "PHASE_CHANGED SELECTION",
                        "BALLOTS_REVIEWED",
                        "PHASE_CHANGED VOTING",
                        "NOMINEE_SHORTLISTED",
                        "NOMINEE_SHORTLISTED",
                        "EXPERT_ASSIGNED",
                        "PHASE_CHANGED EXPERT_REVIEW",
                        "PHASE_CHANGED SUBMISSION",
                        "EDITION_PLANNED");
        assertThat(trail.path("total").asInt()).isEqualTo(11);
        for (JsonNode line : trail.path("lines")) {
            boolean review = line.path("action").asString().equals("BALLOTS_REVIEWED");
            assertThat(line.path("by").path("userId").asString()).isEqualTo(review ? "admin-bea" : "admin-ada");
            assertThat(line.path("by").path("name").asString()).isEqualTo(review ? "Bea" : "Ada");
            assertThat(Instant.parse(line.path("at").asString())).isAfterOrEqualTo(started.minusSeconds(1));
        }
        JsonNode lines = trail.path("lines");
        assertThat(lines.get(0).path("details").path("from").asString()).isEqualTo("SELECTION");
        assertThat(lines.get(1).path("details").path("nominationIds").asString())
                .isEqualTo(alpha);
        assertThat(lines.get(1).path("details").path("category").asString()).isEqualTo("2");
        assertThat(lines.get(3).path("details").path("decision").asString()).isEqualTo("ACCEPTED");
        assertThat(lines.get(3).path("details").path("voters").asString())
                .as("the voters it decided; the unknown one was refused")
                .isEqualTo("1");
        assertThat(List.of(
                        lines.get(5).path("subject").asString(),
                        lines.get(6).path("subject").asString()))
                .containsExactlyInAnyOrder(alpha, beta);
        assertThat(lines.get(7).path("subject").asString()).isEqualTo(expertId);
        assertThat(lines.get(7).path("details").path("categories").asString()).isEqualTo("2, 4");

        JsonNode firstPage =
                api.get(base + year + "/audit?size=4", prizes.admin).body();
        assertThat(firstPage.path("lines").size()).isEqualTo(4);
        assertThat(firstPage.path("total").asInt()).isEqualTo(11);
        JsonNode lastPage =
                api.get(base + year + "/audit?size=4&page=2", prizes.admin).body();
        assertThat(lastPage.path("lines").findValuesAsString("action"))
                .containsExactly("PHASE_CHANGED", "PHASE_CHANGED", "EDITION_PLANNED");

        ApiClient.Text csv = api.getText(base + year + "/audit.csv", prizes.admin);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines().count()).isEqualTo(12);
        assertThat(csv.body()).contains("WINNERS_SELECTED,admin-ada,Ada,category 2");

        for (String notAnAdmin : List.of(prizes.amina, expert)) {
            assertThat(api.get(base + year + "/audit", notAnAdmin).status()).isEqualTo(403);
            assertThat(api.getText(base + year + "/audit.csv", notAnAdmin).status())
                    .isEqualTo(403);
        }
    }

    @Test
    void theTrailOfAnEditionThatDoesNotExistIsNotFound() {
        PrizeFixture prizes = new PrizeFixture(port, mongo);
        ApiClient.Response missing = prizes.api().get("/api/prizes/editions/1999/audit", prizes.admin);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(prizes.api()
                        .getText("/api/prizes/editions/1999/audit.csv", prizes.admin)
                        .status())
                .isEqualTo(404);
    }
}
