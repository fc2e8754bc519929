package org.wsis.submission.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.contracts.reference.StakeholderType;
import org.wsis.submission.entry.Drafts;
import org.wsis.submission.entry.domain.Entry;
import org.wsis.submission.entry.domain.EntryDetails;
import org.wsis.submission.entry.domain.EntryStatus;
import org.wsis.submission.entry.mongo.EntryStore;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import org.wsis.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

/**
 * Search over HTTP against entries written to the real database. Every test works on entries carrying
 * its own made-up word and dated in the 1990s, so that what other tests write cannot change the counts.
 */
@PlatformIntegrationTest
class EntrySearchTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    EntryStore store;

    @Autowired
    SearchIndexer indexer;

    private final TopicProbe topics = TopicProbe.onSharedBroker();
    private String tag;
    private int year;

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    @BeforeEach
    void distinctWords() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder word = new StringBuilder("zeta");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        tag = word.toString();
        year = 1990 + (int) (Math.random() * 9);
    }

    private Entry published(
            String title,
            String shortDescription,
            String fullDescription,
            String country,
            ActionLine line,
            int sdg,
            StakeholderType type,
            int publishedYear,
            List<String> keywords) {
        EntryDetails details = new EntryDetails(
                title,
                "Org " + title,
                type,
                country,
                List.of(line),
                List.of(sdg),
                List.of(),
                shortDescription,
                fullDescription,
                EntryDetails.Impact.NONE,
                "",
                "",
                LocalDate.of(publishedYear, 1, 1),
                null,
                "https://example.org",
                "private@example.org",
                List.of("en"),
                keywords);
        Instant at = LocalDate.of(publishedYear, 6, 1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        return Entry.restore(new Entry.State(
                UUID.randomUUID().toString(),
                new Recipient("owner-" + tag, "o@example.org", "Owner", "en"),
                details,
                details,
                1,
                EntryStatus.PUBLISHED,
                1,
                null,
                at,
                Instant.now(),
                at,
                false,
                null));
    }

    /** Three published entries about solar power, learning and health, in three regions. */
    private List<Entry> threeEntries() {
        List<Entry> entries = new ArrayList<>();
        entries.add(published(
                "Solar kiosks " + tag,
                "Charging stations for phones in villages.",
                "",
                "KE",
                ActionLine.C2,
                7,
                StakeholderType.GOVERNMENT,
                year,
                List.of("energy")));
        entries.add(published(
                "Mobile learning " + tag,
                "Lessons on basic phones, charged by solar panels.",
                "",
                "BR",
                ActionLine.C4,
                4,
                StakeholderType.ACADEMIA,
                year + 1,
                List.of("education")));
        entries.add(published(
                "Tele-health " + tag,
                "Doctors reach remote clinics.",
                "Clinics share the solar kiosks of the first project.",
                "EG",
                ActionLine.C7,
                3,
                StakeholderType.CIVIL_SOCIETY,
                year,
                List.of("health")));
        store.insertImported(entries);
        indexer.catchUp();
        return entries;
    }

    private JsonNode search(String query) {
        ApiClient.Response response = api().get("/api/entries?" + query, null);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private static List<String> titles(JsonNode result) {
        List<String> titles = new ArrayList<>();
        result.path("items").forEach(item -> titles.add(item.path("title").asString()));
        return titles;
    }

    @Test
    void aMatchInTheTitleRanksAboveAMatchInTheDescriptions() {
        threeEntries();

        JsonNode result = search("q=solar+" + tag);

        assertThat(result.path("total").asLong()).isEqualTo(3);
        assertThat(titles(result)).first().isEqualTo("Solar kiosks " + tag);
        assertThat(titles(result))
                .containsExactlyInAnyOrder("Solar kiosks " + tag, "Mobile learning " + tag, "Tele-health " + tag);
        assertThat(result.path("items").get(0).path("score").asDouble())
                .isGreaterThan(result.path("items").get(2).path("score").asDouble());
    }

    @Test
    void wordsAreMatchedByTheirStemAndEveryWordMustMatch() {
        threeEntries();

        assertThat(titles(search("q=clinic+" + tag))).containsExactly("Tele-health " + tag);
        assertThat(titles(search("q=education+" + tag))).containsExactly("Mobile learning " + tag);
        assertThat(search("q=solar+nowhere+" + tag).path("total").asLong()).isZero();
    }

    /**
     * A search box pasted full of a document's text: refused with a problem naming the field, not a
     * server error from the search engine's limit on the number of clauses.
     */
    @Test
    void aSearchOfHundredsOfWordsIsRefusedNamingTheField() {
        String words = java.util.stream.IntStream.range(0, 300)
                .mapToObj(i -> "word" + i)
                .collect(java.util.stream.Collectors.joining("+"));

        ApiClient.Response answer = api().get("/api/entries?q=" + words, null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text("type")).isEqualTo("urn:wsis:problem:validation");
        assertThat(answer.body().path("errors").toString()).contains("\"field\":\"q\"");
        // The most a search box takes still works.
        String thirtyTwo = java.util.stream.IntStream.range(0, 32)
                .mapToObj(i -> "word" + i)
                .collect(java.util.stream.Collectors.joining("+"));
        assertThat(api().get("/api/entries?q=" + thirtyTwo, null).status()).isEqualTo(200);
    }

    @Test
    void filtersCombineAndFacetsCountTheMatchesPerValue() {
        threeEntries();

        JsonNode all = search("q=" + tag);
        assertThat(all.path("facets").path("region").path("AFR").asInt()).isEqualTo(1);
        assertThat(all.path("facets").path("region").path("AMS").asInt()).isEqualTo(1);
        assertThat(all.path("facets").path("region").path("ARB").asInt()).isEqualTo(1);
        assertThat(all.path("facets").path("stakeholderType").path("ACADEMIA").asInt())
                .isEqualTo(1);
        assertThat(all.path("facets").path("year").path(String.valueOf(year)).asInt())
                .isEqualTo(2);

        assertThat(titles(search("q=" + tag + "&region=AFR"))).containsExactly("Solar kiosks " + tag);
        assertThat(titles(search("q=" + tag + "&actionLine=C4&sdg=4"))).containsExactly("Mobile learning " + tag);
        assertThat(titles(search("q=" + tag + "&actionLine=C4&sdg=3"))).isEmpty();
        assertThat(titles(search("q=" + tag + "&country=EG&country=KE&stakeholderType=CIVIL_SOCIETY")))
                .containsExactly("Tele-health " + tag);
        assertThat(titles(search("q=" + tag + "&year=" + (year + 1)))).containsExactly("Mobile learning " + tag);
    }

    @Test
    void resultsSortByTitleOrNewestAndComeInPages() {
        threeEntries();

        assertThat(titles(search("q=" + tag + "&sort=title")))
                .containsExactly("Mobile learning " + tag, "Solar kiosks " + tag, "Tele-health " + tag);
        assertThat(titles(search("q=" + tag + "&sort=newest")).getFirst()).isEqualTo("Mobile learning " + tag);

        JsonNode second = search("q=" + tag + "&sort=title&size=2&page=1");
        assertThat(second.path("total").asLong()).isEqualTo(3);
        assertThat(titles(second)).containsExactly("Tele-health " + tag);
        assertThat(api().get("/api/entries?page=500&size=100", null).text("type"))
                .isEqualTo("urn:wsis:problem:page-too-deep");
    }

    @Test
    void statisticsCountPublishedEntriesByActionLineSdgRegionTypeAndYear() {
        threeEntries();

        JsonNode stats = api().get("/api/entries/statistics?year=" + year + "&year=" + (year + 1), null)
                .body();

        assertThat(stats.path("total").asLong()).isGreaterThanOrEqualTo(3);
        JsonNode mine = api().get("/api/entries/statistics?year=" + (year + 1) + "&region=AMS", null)
                .body();
        assertThat(mine.path("byActionLine").path("C4").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(mine.path("byActionLine").size()).isEqualTo(11);
        assertThat(mine.path("bySdg").size()).isEqualTo(17);
        assertThat(mine.path("byRegion").size()).isEqualTo(6);
        assertThat(mine.path("byRegion").path("AFR").asInt()).isZero();
        assertThat(mine.path("byStakeholderType").path("ACADEMIA").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(mine.path("byYear").propertyNames()).containsExactly(String.valueOf(year + 1));
        JsonNode byCountry =
                api().get("/api/entries/statistics?q=" + tag, null).body().path("byCountry");
        assertThat(byCountry.propertyNames()).containsExactlyInAnyOrder("KE", "BR", "EG");
        assertThat(byCountry.path("KE").asInt()).isEqualTo(1);
    }

    @Test
    void theCsvExportHonoursTheFiltersAndQuotesWhatNeedsQuoting() {
        threeEntries();

        ApiClient.Text csv = api().getText("/api/entries/export.csv?q=" + tag + "&region=AFR&region=ARB", null);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("id,title,organisation,stakeholderType,country,region");
        assertThat(lines.get(0)).doesNotContain("contactEmail");
        assertThat(String.join("\n", lines))
                .contains("Solar kiosks " + tag)
                .contains("Tele-health " + tag)
                .doesNotContain("Mobile learning")
                .doesNotContain("private@example.org");
    }

    @Test
    void theJsonExportCarriesEveryPublicField() {
        threeEntries();

        ApiClient.Text json = api().getText("/api/entries/export.json?q=" + tag + "&actionLine=C7", null);

        assertThat(json.status()).isEqualTo(200);
        JsonNode array =
                tools.jackson.databind.json.JsonMapper.builder().build().readTree(json.body());
        assertThat(array.size()).isEqualTo(1);
        assertThat(array.get(0).path("fullDescription").asString())
                .isEqualTo("Clinics share the solar kiosks of the first project.");
        assertThat(array.get(0).path("region").asString()).isEqualTo("ARB");
        assertThat(array.get(0).path("contactEmail").isNull()).isTrue();
    }

    @Test
    void theIndexIsRebuiltFromTheDatabaseWithTheSameAnswers() {
        threeEntries();
        List<String> before = titles(search("q=" + tag + "&sort=title"));

        indexer.rebuild();

        assertThat(titles(search("q=" + tag + "&sort=title"))).isEqualTo(before).hasSize(3);
    }

    @Test
    void ownersFindTheirOwnDraftsByStatusAndThePublicNeverSeesThem() {
        String owner = TestUsers.stakeholder("Searcher " + tag);
        Map<String, Object> draft = Drafts.complete("Drone mapping " + tag);
        assertThat(api().post("/api/entries", owner, draft).status()).isEqualTo(201);

        JsonNode mine =
                api().get("/api/entries?mine=true&status=DRAFT&q=" + tag, owner).body();
        assertThat(titles(mine)).containsExactly("Drone mapping " + tag);
        assertThat(mine.path("facets").path("status").path("DRAFT").asInt()).isEqualTo(1);
        assertThat(search("q=" + tag).path("total").asLong()).isZero();
        assertThat(api().get("/api/entries?mine=true", null).status()).isEqualTo(401);
        assertThat(api().get("/api/entries?status=DRAFT", null).status()).isEqualTo(400);
    }

    @Test
    void anEntryApprovedByAModeratorBecomesSearchableAndLeavesSearchWhenWithdrawn() {
        String owner = TestUsers.stakeholder("Publisher " + tag);
        ApiClient.Response created = api().post("/api/entries", owner, Drafts.complete("Seed bank " + tag));
        String id = created.text("id");
        api().post("/api/entries/" + id + "/submit", owner, null);

        topics.publish(new ModerationDecided(
                UUID.randomUUID(),
                Instant.now(),
                "entry:" + id + ":1",
                ModerationDecided.SubjectType.ENTRY,
                id,
                1,
                ModerationDecided.Decision.APPROVED,
                "MEETS_GUIDELINES",
                null,
                "mod-omar",
                ModerationDecided.ItemKind.REVIEW));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(titles(search("q=seed+" + tag))).containsExactly("Seed bank " + tag));
        api().post("/api/entries/" + id + "/withdraw", owner, null);
        assertThat(search("q=" + tag.toLowerCase(Locale.ROOT)).path("total").asLong())
                .as("the owner's own write is indexed before the answer")
                .isZero();
    }

    @Test
    void theReferenceDataNamesEveryCode() {
        JsonNode reference = api().get("/api/reference", null).body();

        assertThat(reference.path("actionLines").size()).isEqualTo(11);
        assertThat(reference.path("sdgs").size()).isEqualTo(17);
        assertThat(reference.path("gdcObjectives").size()).isEqualTo(5);
        assertThat(reference.path("regions").size()).isEqualTo(6);
        assertThat(reference.path("countries").size()).isGreaterThanOrEqualTo(193);
    }
}
