package org.wsis.prize.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoOperations;
import org.wsis.contracts.ballot.BallotCast;
import org.wsis.contracts.prize.PrizeCategory;
import org.wsis.prize.PrizeEvents;
import org.wsis.prize.PrizeFixture;
import org.wsis.prize.tally.domain.BallotStatus;
import org.wsis.prize.tally.domain.NomineeVotes;
import org.wsis.prize.tally.domain.Suspicion;
import org.wsis.servicekit.security.Caller;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformInfrastructure;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import org.wsis.testkit.infra.TokenIssuer;
import tools.jackson.databind.JsonNode;

/**
 * Ballots that look scripted are flagged and do not count as valid until an admin accepts or voids
 * them; the voter is not told. Flagged and voided counts are the admins'.
 */
@PlatformIntegrationTest
class SuspiciousBallotTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    MongoOperations mongo;

    @Autowired
    Tallies tallies;

    private PrizeFixture prizes;
    private final Instant longAgo = Instant.now().minus(Duration.ofDays(400));

    @BeforeEach
    void fixture() {
        prizes = new PrizeFixture(port, mongo);
    }

    private ApiClient api() {
        return prizes.api();
    }

    private JsonNode summary(int year) {
        return api().get("/api/prizes/editions/" + year + "/ballot-review", prizes.admin)
                .body();
    }

    private ApiClient.Response decide(int year, Map<String, Object> request) {
        return api().post("/api/prizes/editions/" + year + "/ballot-review/decisions", prizes.admin, request);
    }

    private JsonNode flaggedVoters(int year, String query) {
        return api().get("/api/prizes/editions/" + year + "/ballot-review/voters?" + query, prizes.admin)
                .body();
    }

    @Test
    void ballotsFromThrowawayAddressesAndBrandNewAccountsCountOnlyOnceAnAdminAcceptsThem() {
        PrizeFixture.Voting voting = prizes.votingEdition(Map.of(), List.of("Alpha Networks", "Beta Telecom"));
        int year = voting.year();
        String a = voting.nominees().get(0);
        String b = voting.nominees().get(1);
        String honest = TestUsers.voter("Honest " + year, "honest" + year + "@example.org", longAgo);
        String throwaway = TestUsers.voter("Throwaway " + year, "t" + year + "@mail.yopmail.com", longAgo);
        String brandNew = TestUsers.voter(
                "Brand new " + year,
                "new" + year + "@example.org",
                Instant.now().minus(Duration.ofMinutes(2)));

        assertThat(prizes.vote(year, honest, 2, a).status()).isEqualTo(202);
        assertThat(prizes.vote(year, throwaway, 2, b).status())
                .as("the voter is not told: a bot learns nothing from the answer")
                .isEqualTo(202);
        assertThat(prizes.vote(year, brandNew, 2, b).status()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(summary(year).path("ballots").toString())
                        .isEqualTo("{\"valid\":1,\"flagged\":2,\"voided\":0}"));
        assertThat(prizes.standing(year, a).path("votes").asLong()).isEqualTo(1);
        JsonNode standingOfB = prizes.standing(year, b);
        assertThat(standingOfB.path("votes").asLong()).isZero();
        assertThat(standingOfB.path("flagged").asLong()).isEqualTo(2);

        JsonNode flagged = flaggedVoters(year, "status=FLAGGED");
        assertThat(flagged.path("total").asLong()).isEqualTo(2);
        Map<String, JsonNode> byVoter = new java.util.HashMap<>();
        flagged.path("voters").forEach(v -> byVoter.put(v.path("voterId").asString(), v));
        JsonNode throwawayVoter = byVoter.get(TestUsers.voterId("Throwaway " + year));
        assertThat(throwawayVoter.path("reasons").toString()).isEqualTo("[\"DISPOSABLE_EMAIL_DOMAIN\"]");
        assertThat(throwawayVoter.path("emailDomain").asString()).isEqualTo("mail.yopmail.com");
        assertThat(throwawayVoter.path("ballots").path("2").asString()).isEqualTo(b);
        assertThat(byVoter.get(TestUsers.voterId("Brand new " + year))
                        .path("reasons")
                        .toString())
                .isEqualTo("[\"NEW_ACCOUNT\"]");
        assertThat(api().get("/api/prizes/editions/" + year + "/ballot-review", honest)
                        .status())
                .isEqualTo(403);

        prizes.advance(year, "SELECTION");
        assertThat(api().post(
                                "/api/prizes/editions/" + year + "/categories/2/winners",
                                prizes.admin,
                                Map.of("nominationIds", List.of(a)))
                        .status())
                .isEqualTo(204);
        assertThat(prizes.advance(year, "RESULTS_PUBLISHED").text("type"))
                .isEqualTo("urn:wsis:problem:flagged-ballots-pending");

        ApiClient.Response accepted =
                decide(year, Map.of("decision", "ACCEPT", "voterIds", List.of(TestUsers.voterId("Brand new " + year))));
        assertThat(accepted.body().path("decided").asInt()).isEqualTo(1);
        ApiClient.Response voided =
                decide(year, Map.of("decision", "VOID", "matching", Map.of("reason", "DISPOSABLE_EMAIL_DOMAIN")));
        assertThat(voided.body().path("decided").asInt()).isEqualTo(1);
        ApiClient.Response notFlagged =
                decide(year, Map.of("decision", "VOID", "voterIds", List.of(TestUsers.voterId("Honest " + year))));
        assertThat(notFlagged.body().path("outcomes").get(0).path("refused").asString())
                .isEqualTo("not-flagged");

        standingOfB = prizes.standing(year, b);
        assertThat(standingOfB.path("votes").asLong()).isEqualTo(1);
        assertThat(standingOfB.path("flagged").asLong()).isZero();
        assertThat(standingOfB.path("voided").asLong()).isEqualTo(1);
        assertThat(prizes.standing(year, a).path("votes").asLong()).isEqualTo(1);
        JsonNode reviewed = summary(year);
        assertThat(reviewed.path("voters").toString()).isEqualTo("{\"FLAGGED\":0,\"ACCEPTED\":1,\"VOIDED\":1}");
        assertThat(reviewed.path("ballots").toString()).isEqualTo("{\"valid\":2,\"flagged\":0,\"voided\":1}");
        assertThat(flaggedVoters(year, "status=VOIDED")
                        .path("voters")
                        .get(0)
                        .path("decidedBy")
                        .asString())
                .isEqualTo("admin-ada");

        assertThat(prizes.advance(year, "RESULTS_PUBLISHED").text("phase")).isEqualTo("RESULTS_PUBLISHED");
        JsonNode results = api().get("/api/prizes/editions/" + year + "/results", null)
                .body()
                .get(1)
                .path("champions");
        assertThat(results.findValuesAsString("nominationId")).containsExactlyInAnyOrder(a, b);
        assertThat(results.findValues("votes"))
                .allSatisfy(v -> assertThat(v.asLong()).isEqualTo(1));
        assertThat(results.findValues("flagged"))
                .as("review counts stay with the admins")
                .isEmpty();
        assertThat(decide(
                                year,
                                Map.of(
                                        "decision",
                                        "ACCEPT",
                                        "voterIds",
                                        List.of(TestUsers.voterId("Throwaway " + year))))
                        .text("type"))
                .isEqualTo("urn:wsis:problem:wrong-phase");
    }

    @Test
    void aVoteWhoseTokenDoesNotSayWhenTheAccountWasCreatedIsFlaggedNotTrusted() {
        PrizeFixture.Voting voting = prizes.votingEdition(Map.of(), List.of("Zeta Satellite"));
        int year = voting.year();
        String voterId = TestUsers.voterId("Ageless " + year);
        String ageless = PlatformInfrastructure.shared()
                .tokenIssuer()
                .mint(
                        voterId,
                        "ageless" + year + "@example.org",
                        "Ageless " + year,
                        "en",
                        List.of(),
                        Duration.ofMinutes(30),
                        Map.of(Caller.CREATED_CLAIM, TokenIssuer.ABSENT));

        assertThat(prizes.vote(year, ageless, 2, voting.nominees().get(0)).status())
                .as("answered like anyone else")
                .isEqualTo(202);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(summary(year).path("ballots").toString())
                        .isEqualTo("{\"valid\":0,\"flagged\":1,\"voided\":0}"));
        JsonNode listed = flaggedVoters(year, "reason=ACCOUNT_AGE_UNKNOWN");
        assertThat(listed.path("voters").findValuesAsString("voterId")).containsExactly(voterId);
        assertThat(listed.path("voters").get(0).path("reasons").toString()).isEqualTo("[\"ACCOUNT_AGE_UNKNOWN\"]");
        assertThat(summary(year).path("reasons").path("ACCOUNT_AGE_UNKNOWN").asLong())
                .isEqualTo(1);
    }

    @Test
    void aBurstOfNewAccountsVotingFromOneNetworkIsFlaggedWholeAndVoidedInOneDecision() {
        PrizeFixture.Voting voting = prizes.votingEdition(Map.of(), List.of("Gamma Mesh", "Delta Fibre"));
        int year = voting.year();
        String a = voting.nominees().get(0);
        String b = voting.nominees().get(1);
        // Accounts a day old: not brand new, but new enough to count towards a burst (more than 20 in an hour).
        Instant yesterday = Instant.now().minus(Duration.ofDays(1));
        int accounts = 22;
        for (int i = 0; i < accounts; i++) {
            String sockPuppet =
                    TestUsers.voter("Puppet " + year + " " + i, "p" + i + "." + year + "@example.net", yesterday);
            assertThat(prizes.vote(year, sockPuppet, 2, a).status()).isEqualTo(202);
        }
        String neighbour = TestUsers.voter("Neighbour " + year, "n" + year + "@example.org", longAgo);
        assertThat(prizes.vote(year, neighbour, 2, b).status()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(summary(year).path("ballots").toString())
                        .as("the first 20 accounts are flagged too once the burst shows; the old account is not")
                        .isEqualTo("{\"valid\":1,\"flagged\":" + accounts + ",\"voided\":0}"));
        JsonNode listed = flaggedVoters(year, "reason=NETWORK_BURST&size=100");
        assertThat(listed.path("total").asLong()).isEqualTo(accounts);
        String network = listed.path("voters").get(0).path("clientNetwork").asString();
        assertThat(listed.path("voters").findValuesAsString("clientNetwork")).containsOnly(network);

        prizes.advance(year, "SELECTION");
        ApiClient.Response voided =
                decide(year, Map.of("decision", "VOID", "matching", Map.of("network", network, "status", "FLAGGED")));
        assertThat(voided.body().path("decided").asInt()).isEqualTo(accounts);
        JsonNode standingOfA = prizes.standing(year, a);
        assertThat(standingOfA.path("votes").asLong()).isZero();
        assertThat(standingOfA.path("voided").asLong()).isEqualTo(accounts);
        assertThat(prizes.standing(year, b).path("votes").asLong()).isEqualTo(1);
    }

    @Test
    void aVoterWhoseBallotsComeAtAMachineRegularPaceIsFlaggedForEveryBallot() {
        int year = prizes.unusedYear();
        String nominee = year + ":scripted-favourite";
        Instant start = Instant.now();
        List<BallotCast> scripted = new ArrayList<>();
        for (int category = 1; category <= 4; category++) {
            scripted.add(
                    PrizeEvents.ballot(year, category, "bot-" + year, nominee, start.plusMillis(2_000L * category)));
        }
        int[] pauses = {12, 40, 7, 95, 31};
        List<BallotCast> human = new ArrayList<>();
        Instant at = start;
        for (int category = 1; category <= pauses.length; category++) {
            at = at.plusSeconds(pauses[category - 1]);
            human.add(PrizeEvents.ballot(year, category, "person-" + year, nominee, at));
        }
        scripted.forEach(prizes.topics::publish);
        human.forEach(prizes.topics::publish);
        prizes.topics.publish(scripted.get(0)); // a copy changes nothing

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(tallies.votes(year, false).get(nominee))
                        .isEqualTo(new NomineeVotes(pauses.length, 4, 0)));
        assertThat(tallies.voter(year, "bot-" + year).status()).isEqualTo(BallotStatus.FLAGGED);
        assertThat(tallies.voter(year, "bot-" + year).suspicions()).containsExactly(Suspicion.REGULAR_TIMING);
        assertThat(tallies.voter(year, "person-" + year).status()).isEqualTo(BallotStatus.VALID);
    }

    @Test
    void whereAnEditionRequiresCompleteBallotsOnlyVotersWhoVotedInEveryCategoryCount() {
        Map<PrizeCategory, List<String>> organisations = new java.util.EnumMap<>(PrizeCategory.class);
        for (PrizeCategory category : PrizeCategory.values()) {
            organisations.put(category, List.of("Only nominee of " + category.number()));
        }
        PrizeFixture.Voting voting = prizes.votingEdition(Map.of("completeBallotRequired", true), organisations);
        int year = voting.year();
        // Ballots as the vote endpoint records them, cast with a person's uneven pauses (a steady
        // rhythm would be flagged as scripted).
        Instant at = Instant.now();
        int[] pauses = {7, 31, 12};
        for (int category = 1; category <= PrizeCategory.COUNT; category++) {
            at = at.plusSeconds(pauses[category % pauses.length]);
            prizes.topics.publish(PrizeEvents.ballot(
                    year, category, "thorough-" + year, voting.nominees().get(category - 1), at));
        }
        for (int category = 1; category <= 3; category++) {
            at = at.plusSeconds(pauses[category % pauses.length]);
            prizes.topics.publish(PrizeEvents.ballot(
                    year, category, "hurried-" + year, voting.nominees().get(category - 1), at));
        }

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(summary(year).path("ballots").toString())
                        .isEqualTo("{\"valid\":21,\"flagged\":0,\"voided\":0}"));
        assertThat(prizes.standing(year, voting.nominees().get(0)).path("votes").asLong())
                .as("the hurried voter's ballot is incomplete and does not count")
                .isEqualTo(1);
        assertThat(prizes.standing(year, voting.nominees().get(17))
                        .path("votes")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void aDecisionMustNameOrSelectItsVotersButNotBothAndChangesNothingOtherwise() {
        PrizeFixture.Voting voting = prizes.votingEdition(Map.of(), List.of("Epsilon Radio"));
        int year = voting.year();
        String throwaway = TestUsers.voter("Spammy " + year, "s" + year + "@mailinator.com", longAgo);
        prizes.vote(year, throwaway, 2, voting.nominees().get(0));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> summary(year).path("ballots").path("flagged").asLong() == 1);

        ApiClient.Response both = decide(
                year,
                Map.of(
                        "decision",
                        "VOID",
                        "voterIds",
                        List.of(TestUsers.voterId("Spammy " + year)),
                        "matching",
                        Map.of("reason", "DISPOSABLE_EMAIL_DOMAIN")));
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.body().path("errors").toString()).contains("oneSelection");
        ApiClient.Response unknown =
                decide(year, Map.of("decision", "ERASE", "voterIds", List.of(TestUsers.voterId("Spammy " + year))));
        assertThat(unknown.status()).isEqualTo(400);
        ApiClient.Response badReason = decide(year, Map.of("decision", "VOID", "matching", Map.of("reason", "ODD")));
        assertThat(badReason.status()).isEqualTo(400);
        assertThat(api().get("/api/prizes/editions/" + year + "/ballot-review/voters?size=500", prizes.admin)
                        .status())
                .isEqualTo(400);
        assertThat(summary(year).path("ballots").toString()).isEqualTo("{\"valid\":0,\"flagged\":1,\"voided\":0}");
    }
}
