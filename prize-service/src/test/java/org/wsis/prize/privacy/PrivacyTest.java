package org.wsis.prize.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoOperations;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.account.AccountErased;
import org.wsis.contracts.account.AccountErased.EntriesChoice;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.prize.PrizeFixture;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformInfrastructure;
import org.wsis.testkit.PlatformIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * A person downloads what the prize service holds about them (their nominations and their votes) and
 * erases their account: their nominations are withdrawn or pass to the person they named, their ballots
 * keep counting without naming them, and nothing in the service's database names them any more.
 */
@PlatformIntegrationTest
class PrivacyTest {

    private static final String EXPORT = "/api/prizes/mine/export";

    @Value("${local.server.port}")
    int port;

    @Autowired
    MongoOperations mongo;

    private PrizeFixture prizes;

    @BeforeEach
    void fixture() {
        prizes = new PrizeFixture(port, mongo);
    }

    private ApiClient api() {
        return prizes.api();
    }

    /** A person with a stakeholder's token (to nominate) and a voter's (verified address, an old account). */
    private record Person(String id, String email, String name, String token, String voterToken) {
        static Person named(String name) {
            String id = "user-" + UUID.randomUUID();
            String email = id + "@example.org";
            PlatformInfrastructure infrastructure = PlatformInfrastructure.shared();
            return new Person(
                    id,
                    email,
                    name,
                    infrastructure.token(id, email, name, "stakeholder"),
                    infrastructure.voterToken(id, email, name, Instant.now().minus(Duration.ofDays(400))));
        }

        Recipient recipient() {
            return new Recipient(id, email, name, "en");
        }
    }

    /** An edition taking nominations, and one nomination of each person in it, waiting for screening. */
    private Map<Person, String> nominated(int year, List<Person> people) {
        Map<Person, String> nominations = new java.util.LinkedHashMap<>();
        for (Person person : people) {
            String entry = prizes.publishedEntry(person.id(), "Agency of " + person.name(), List.of(ActionLine.C2));
            ApiClient.Response nominated = prizes.nominate(year, person.token(), entry, 2);
            assertThat(nominated.status()).isEqualTo(201);
            nominations.put(person, nominated.text("id"));
        }
        return nominations;
    }

    private void erase(Person person, EntriesChoice choice, Recipient transferTo) {
        AccountErased erased = new AccountErased(UUID.randomUUID(), Instant.now(), person.id(), choice, transferTo);
        prizes.topics.publish(erased);
        // Delivered twice (the same record again), and announced twice (a second event): both change nothing.
        prizes.topics.publish(erased);
        prizes.topics.publish(new AccountErased(UUID.randomUUID(), Instant.now(), person.id(), choice, transferTo));
    }

    /** Every document of the service's database, as text. */
    private String everything() {
        StringBuilder all = new StringBuilder();
        for (String collection : mongo.getCollectionNames()) {
            mongo.findAll(Document.class, collection)
                    .forEach(d -> all.append(d.toJson()).append('\n'));
        }
        return all.toString();
    }

    @Test
    void aPersonDownloadsTheirNominationsAndVotes_thenErasesTheirAccount_andTheirBallotsKeepCountingWithoutThem() {
        PrizeFixture.Voting voting = prizes.votingEdition(Map.of(), List.of("Alpha Networks", "Beta Telecom"));
        String alpha = voting.nominees().get(0);
        int open = prizes.newEdition(Map.of());
        prizes.advance(open, "SUBMISSION");
        Person nadia = Person.named("Nadia");
        Person honest = Person.named("Honest");
        String nadiasNomination = nominated(open, List.of(nadia)).get(nadia);
        assertThat(prizes.vote(voting.year(), nadia.voterToken(), 2, alpha).status())
                .isEqualTo(202);
        assertThat(prizes.vote(voting.year(), honest.voterToken(), 2, alpha).status())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> prizes.standing(voting.year(), alpha).path("votes").asLong() == 2);

        JsonNode mine = api().get(EXPORT, nadia.token()).body();
        assertThat(mine.path("nominations").findValuesAsString("id")).containsExactly(nadiasNomination);
        assertThat(mine.path("nominations").get(0).path("status").asString()).isEqualTo("SCREENING");
        assertThat(mine.path("votes")).hasSize(1);
        assertThat(mine.path("votes").get(0).path("edition").asInt()).isEqualTo(voting.year());
        assertThat(mine.path("votes").get(0).path("votes").path("2").asString()).isEqualTo(alpha);
        assertThat(mine.path("expert").isNull()).isTrue();
        assertThat(everything()).contains(nadia.id());

        erase(nadia, EntriesChoice.WITHDRAW, null);

        await().atMost(Duration.ofSeconds(30)).until(() -> !everything().contains(nadia.id()));
        assertThat(everything()).doesNotContain(nadia.email());
        assertThat(prizes.status(open, nadiasNomination)).isEqualTo("WITHDRAWN");
        // Her ballot counts as it did, as does everyone else's, and a late copy of it counts nothing twice.
        assertThat(prizes.standing(voting.year(), alpha).path("votes").asLong()).isEqualTo(2);
        JsonNode after = api().get(EXPORT, nadia.token()).body();
        assertThat(after.path("nominations")).isEmpty();
        assertThat(after.path("votes")).isEmpty();
        // A token issued before the erasure is still valid for a few minutes: it casts nothing.
        ApiClient.Response late = prizes.vote(voting.year(), nadia.voterToken(), 2, alpha);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body().path("type").asString()).endsWith("account-erased");
        assertThat(everything()).doesNotContain(nadia.id());
        assertThat(prizes.standing(voting.year(), alpha).path("votes").asLong()).isEqualTo(2);
    }

    @Test
    void aPersonWhoTransfersTheirEntriesPassesTheirNominationsOnAsTheyStand() {
        int year = prizes.newEdition(Map.of());
        prizes.advance(year, "SUBMISSION");
        Person tomas = Person.named("Tomas");
        Person rui = Person.named("Rui");
        String nomination = nominated(year, List.of(tomas)).get(tomas);

        erase(tomas, EntriesChoice.TRANSFER, rui.recipient());

        await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get("/api/prizes/editions/" + year + "/nominations/mine", rui.token())
                        .body()
                        .findValuesAsString("id")
                        .contains(nomination));
        assertThat(prizes.status(year, nomination)).isEqualTo("SCREENING");
        assertThat(api().get(EXPORT, tomas.token()).body().path("nominations")).isEmpty();
        assertThat(api().get(EXPORT, rui.token()).body().path("nominations").findValuesAsString("id"))
                .containsExactly(nomination);
        assertThat(everything()).doesNotContain(tomas.id());
    }

    @Test
    void anExpertWhoErasesTheirAccountIsKnownNoMore_andTheirScoresKeepTheRankingAsItWas() {
        int year = prizes.newEdition(Map.of());
        prizes.advance(year, "SUBMISSION");
        String entry = prizes.publishedEntry("user-amina", "Gamma Labs " + year, List.of(ActionLine.C2));
        ApiClient.Response nominated = prizes.nominate(year, prizes.amina, entry, 2);
        assertThat(nominated.status()).isEqualTo(201);
        String nomination = nominated.text("id");
        prizes.screen(nomination, ModerationDecided.Decision.APPROVED, null);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> prizes.status(year, nomination).equals("ELIGIBLE"));
        prizes.advance(year, "EXPERT_REVIEW");
        String elifId = "expert-" + UUID.randomUUID();
        String elif = PlatformInfrastructure.shared().token(elifId, elifId + "@example.org", "Elif", "expert");
        assertThat(api().get("/api/prizes/experts/me", elif).status()).isEqualTo(200);
        assertThat(api().put(
                                "/api/prizes/editions/" + year + "/experts/" + elifId,
                                prizes.admin,
                                Map.of("categories", List.of(2)),
                                null)
                        .status())
                .isEqualTo(200);
        Map<String, Object> scores = new java.util.HashMap<>();
        List.of("IMPACT", "INNOVATION", "SUSTAINABILITY", "REPLICABILITY", "ALIGNMENT")
                .forEach(c -> scores.put(c, 4));
        assertThat(api().post(
                                "/api/prizes/editions/" + year + "/nominations/" + nomination + "/scores",
                                elif,
                                Map.of("scores", scores, "comment", "Sound and replicable."))
                        .status())
                .isEqualTo(200);
        String ranking = "/api/prizes/editions/" + year + "/categories/2/ranking";
        JsonNode before = api().get(ranking, prizes.admin).body();

        JsonNode mine = api().get(EXPORT, elif).body().path("expert");
        assertThat(mine.path("record").path("name").asString()).isEqualTo("Elif");
        assertThat(mine.path("assignments").get(0).path("edition").asInt()).isEqualTo(year);
        assertThat(mine.path("reviews").get(0).path("nominationId").asString()).isEqualTo(nomination);
        assertThat(mine.path("reviews").get(0).path("comment").asString()).isEqualTo("Sound and replicable.");

        prizes.topics.publish(
                new AccountErased(UUID.randomUUID(), Instant.now(), elifId, EntriesChoice.WITHDRAW, null));

        await().atMost(Duration.ofSeconds(30)).until(() -> !everything().contains(elifId));
        assertThat(api().get(ranking, prizes.admin).body()).isEqualTo(before);
        assertThat(api().get("/api/prizes/experts", prizes.admin).body().findValuesAsString("expertId"))
                .doesNotContain(elifId);
        // Their token, still valid for a few minutes, records them nowhere again.
        api().get("/api/prizes/experts/me", elif);
        assertThat(everything()).doesNotContain(elifId);
        assertThat(api().get(EXPORT, elif).body().path("expert").isNull()).isTrue();
    }
}
