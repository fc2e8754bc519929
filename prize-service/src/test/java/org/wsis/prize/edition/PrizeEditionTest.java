package org.wsis.prize.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoOperations;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.Topics;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.contracts.prize.NominationScreened;
import org.wsis.contracts.prize.PrizeAwarded;
import org.wsis.prize.PrizeFixture;
import org.wsis.prize.nomination.mongo.NominationStore;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import org.wsis.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class PrizeEditionTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    MongoOperations mongo;

    private PrizeFixture prizes;
    private TopicProbe topics;
    private String admin;
    private String amina;

    @BeforeEach
    void fixture() {
        prizes = new PrizeFixture(port, mongo);
        topics = prizes.topics;
        admin = prizes.admin;
        amina = prizes.amina;
    }

    private ApiClient api() {
        return prizes.api();
    }

    private int newEdition(Map<String, Object> rules) {
        return prizes.newEdition(rules);
    }

    private ApiClient.Response advance(int year, String phase) {
        return prizes.advance(year, phase);
    }

    private String publishedEntry(String ownerId, String organisation, List<ActionLine> lines) {
        return prizes.publishedEntry(ownerId, organisation, lines);
    }

    private ApiClient.Response nominate(int year, String token, String entryId, int category) {
        return prizes.nominate(year, token, entryId, category);
    }

    private void screen(String nominationId, ModerationDecided.Decision decision, String message) {
        prizes.screen(nominationId, decision, message);
    }

    private String status(int year, String nominationId) {
        return prizes.status(year, nominationId);
    }

    @Test
    void phasesMoveForwardOneAtATimeByAnAdminOnly() {
        int year = newEdition(Map.of());

        assertThat(api().post("/api/prizes/editions/" + year + "/phase", amina, Map.of("phase", "SUBMISSION"))
                        .status())
                .isEqualTo(403);
        ApiClient.Response skipping = advance(year, "VOTING");
        assertThat(skipping.status()).isEqualTo(409);
        assertThat(skipping.text("type")).isEqualTo("urn:wsis:problem:illegal-phase-move");
        assertThat(advance(year, "SUBMISSION").text("phase")).isEqualTo("SUBMISSION");
        assertThat(api().get("/api/prizes/editions/" + year, null).text("phase"))
                .isEqualTo("SUBMISSION");
        assertThat(advance(year, "SUBMISSION").status()).isEqualTo(409);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> topics.firstOfType(Topics.PRIZE, "org.wsis.prize.EditionPhaseChanged", "edition-" + year)
                        .isPresent());

        assertThat(api().post("/api/prizes/editions", admin, Map.of("year", year))
                        .text("type"))
                .isEqualTo("urn:wsis:problem:edition-exists");
        ApiClient.Response backwards = api().post(
                        "/api/prizes/editions",
                        admin,
                        Map.of(
                                "year",
                                prizes.unusedYear(),
                                "schedule",
                                Map.of("SUBMISSION", "2027-02-01", "VOTING", "2027-01-01")));
        assertThat(backwards.text("type")).isEqualTo("urn:wsis:problem:schedule-out-of-order");
    }

    @Test
    void everyNominationRuleIsCheckedAtOnceWithAClearError() {
        int year = newEdition(Map.of());
        String entry =
                publishedEntry("user-amina", "Ministry of Digital Economy", List.of(ActionLine.C2, ActionLine.C4));
        String sameOrganisation =
                publishedEntry("user-amina", "Ministry of Digital Economy", List.of(ActionLine.C2, ActionLine.C4));
        String pastWinner = publishedEntry("user-amina", "Rural Radio Network", List.of(ActionLine.C9));
        mongo.insert(
                new Document("_id", (year - 1) + ":" + pastWinner)
                        .append("entryId", pastWinner)
                        .append("edition", year - 1)
                        .append("award", "WINNER"),
                NominationStore.COLLECTION);

        assertThat(nominate(year, amina, entry, 2).text("type")).isEqualTo("urn:wsis:problem:wrong-phase");
        advance(year, "SUBMISSION");

        assertThat(nominate(year, TestUsers.stakeholder("Boris"), entry, 2).status())
                .isEqualTo(403);
        assertThat(nominate(year, amina, entry, 10).text("type"))
                .isEqualTo("urn:wsis:problem:category-not-in-action-lines");
        assertThat(nominate(year, amina, UUID.randomUUID().toString(), 2).text("type"))
                .isEqualTo("urn:wsis:problem:entry-not-published");
        assertThat(nominate(year, amina, entry, 19).status()).isEqualTo(400);

        ApiClient.Response nominated = nominate(year, amina, entry, 2);
        assertThat(nominated.status()).isEqualTo(201);
        assertThat(nominated.text("status")).isEqualTo("SCREENING");
        assertThat(nominate(year, amina, entry, 4).text("type")).isEqualTo("urn:wsis:problem:already-nominated");
        assertThat(nominate(year, amina, sameOrganisation, 2).text("type"))
                .isEqualTo("urn:wsis:problem:entity-already-nominated");
        assertThat(nominate(year, amina, sameOrganisation, 4).status()).isEqualTo(201);
        assertThat(nominate(year, amina, pastWinner, 16).text("type")).isEqualTo("urn:wsis:problem:previous-winner");

        String nominationId = nominated.text("id");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> topics.firstOfType(Topics.PRIZE, "org.wsis.prize.NominationSubmitted", nominationId)
                        .isPresent());
        assertThat(api().get("/api/prizes/editions/" + year + "/nominations/mine", amina)
                        .body()
                        .findValuesAsString("id"))
                .containsExactlyInAnyOrder(nominationId, year + ":" + sameOrganisation);
    }

    @Test
    void screenedShortlistedVotedNomineesBecomeChampionsWithTiesShownAndAWinnerIsPublished() throws Exception {
        int year = newEdition(Map.of("championsPerCategory", 2));
        advance(year, "SUBMISSION");
        List<String> nominations = new ArrayList<>();
        for (String organisation : List.of("Alpha", "Beta", "Gamma", "Delta")) {
            String entry = publishedEntry("user-amina", organisation + " Networks", List.of(ActionLine.C2));
            nominations.add(nominate(year, amina, entry, 2).text("id"));
        }
        String a = nominations.get(0);
        String b = nominations.get(1);
        String c = nominations.get(2);
        String d = nominations.get(3);

        for (String id : List.of(a, b, c)) {
            screen(id, ModerationDecided.Decision.APPROVED, null);
        }
        screen(d, ModerationDecided.Decision.REJECTED, "Already nominated by your partner.");
        await().atMost(Duration.ofSeconds(30)).until(() -> status(year, d).equals("INELIGIBLE"));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(year, c).equals("ELIGIBLE"));
        NominationScreened rejected =
                (NominationScreened) topics.firstOfType(Topics.PRIZE, "org.wsis.prize.NominationScreened", d)
                        .orElseThrow()
                        .event();
        assertThat(rejected.eligible()).isFalse();
        assertThat(rejected.message()).isEqualTo("Already nominated by your partner.");

        advance(year, "EXPERT_REVIEW");
        for (String id : List.of(a, b, c)) {
            assertThat(api().post("/api/prizes/editions/" + year + "/nominations/" + id + "/shortlist", admin, null)
                            .text("status"))
                    .isEqualTo("NOMINEE");
        }
        assertThat(api().post("/api/prizes/editions/" + year + "/nominations/" + d + "/shortlist", admin, null)
                        .text("type"))
                .isEqualTo("urn:wsis:problem:not-eligible");
        assertThat(api().get("/api/prizes/editions/" + year + "/nominees", null).status())
                .isEqualTo(404);

        advance(year, "VOTING");
        assertThat(api().get("/api/prizes/editions/" + year + "/nominees?category=2", null)
                        .body()
                        .findValuesAsString("id"))
                .containsExactlyInAnyOrder(a, b, c);
        assertThat(vote(year, TestUsers.voter("Ivy"), 2, d).text("type")).isEqualTo("urn:wsis:problem:not-a-nominee");

        // A voter double-clicks two nominees of one category at the same instant: one vote counts.
        String doubleClicker = TestUsers.voter("Quick " + year);
        List<Integer> statuses = concurrently(
                () -> vote(year, doubleClicker, 2, a).status(),
                () -> vote(year, doubleClicker, 2, b).status());
        assertThat(statuses).containsExactlyInAnyOrder(202, 409);
        String winnerOfTheRace = api().get("/api/prizes/editions/" + year + "/votes/mine", doubleClicker)
                .body()
                .path("votes")
                .path("2")
                .asString();

        // More votes until a has 3, b 2 and c 2: b and c tie at the cut of two Champions.
        List<String> more = new ArrayList<>();
        for (int k = winnerOfTheRace.equals(a) ? 1 : 0; k < 3; k++) {
            more.add(a);
        }
        for (int k = winnerOfTheRace.equals(b) ? 1 : 0; k < 2; k++) {
            more.add(b);
        }
        more.addAll(List.of(c, c));
        int i = 0;
        for (String nominee : more) {
            ApiClient.Response accepted = vote(year, TestUsers.voter("Voter " + year + " " + i++), 2, nominee);
            assertThat(accepted.status()).isEqualTo(202);
            assertThat(accepted.body().path("of").asInt()).isEqualTo(18);
        }
        assertThat(api().get("/api/prizes/editions/" + year + "/standings", amina)
                        .status())
                .isEqualTo(403);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(votesIn(year, a) + votesIn(year, b) + votesIn(year, c))
                        .isEqualTo(7));
        JsonNode category = standings(year).get(1);
        assertThat(category.path("category").asInt()).isEqualTo(2);
        assertThat(category.path("nominees").findValuesAsString("nominationId")).contains(a, b, c);
        assertThat(votesIn(year, a)).isEqualTo(3);
        assertThat(votesIn(year, b)).isEqualTo(2);
        assertThat(votesIn(year, c)).isEqualTo(2);
        assertThat(category.path("nominees").findValues("champion"))
                .allSatisfy(champion -> assertThat(champion.asBoolean()).isTrue());
        assertThat(category.path("nominees").get(1).path("tiedAtCut").asBoolean())
                .isTrue();
        assertThat(category.path("nominees").get(2).path("tiedAtCut").asBoolean())
                .isTrue();

        assertThat(api().get("/api/prizes/editions/" + year + "/results", null).status())
                .isEqualTo(404);
        assertThat(vote(year, TestUsers.voter("Late " + year), 2, a).status()).isEqualTo(202);
        advance(year, "SELECTION");
        String later = TestUsers.voter("Later " + year);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(vote(year, later, 2, a).text("type"))
                        .as("the end of voting is seen once the 1 s edition cache expires")
                        .isEqualTo("urn:wsis:problem:wrong-phase"));
        assertThat(advance(year, "RESULTS_PUBLISHED").text("type")).isEqualTo("urn:wsis:problem:winner-missing");
        assertThat(api().post(
                                "/api/prizes/editions/" + year + "/categories/2/winners",
                                admin,
                                Map.of("nominationIds", List.of(d)))
                        .text("type"))
                .isEqualTo("urn:wsis:problem:not-a-champion");
        assertThat(api().post(
                                "/api/prizes/editions/" + year + "/categories/2/winners",
                                admin,
                                Map.of("nominationIds", List.of(b)))
                        .status())
                .isEqualTo(204);
        assertThat(advance(year, "RESULTS_PUBLISHED").text("phase")).isEqualTo("RESULTS_PUBLISHED");

        JsonNode results =
                api().get("/api/prizes/editions/" + year + "/results", null).body();
        JsonNode categoryTwo = results.get(1);
        assertThat(categoryTwo.path("champions").findValuesAsString("nominationId"))
                .containsExactlyInAnyOrder(a, b, c);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(topics.readAll(Topics.PRIZE).stream()
                                .map(TopicProbe.Received::event)
                                .filter(e -> e instanceof PrizeAwarded p && p.edition() == year)
                                .map(e -> ((PrizeAwarded) e).nominationId() + "=" + ((PrizeAwarded) e).award())
                                .toList())
                        .containsExactlyInAnyOrder(a + "=CHAMPION", b + "=CHAMPION", b + "=WINNER", c + "=CHAMPION"));
    }

    private ApiClient.Response vote(int year, String token, int category, String nominationId) {
        return prizes.vote(year, token, category, nominationId);
    }

    private JsonNode standings(int year) {
        return prizes.standings(year);
    }

    private long votesIn(int year, String nominationId) {
        return prizes.standing(year, nominationId).path("votes").asLong();
    }

    @SafeVarargs
    private static List<Integer> concurrently(Callable<Integer>... calls) throws Exception {
        var pool = Executors.newFixedThreadPool(calls.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
