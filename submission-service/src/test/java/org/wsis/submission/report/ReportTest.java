package org.wsis.submission.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.reference.StakeholderType;
import org.wsis.submission.entry.domain.Entry;
import org.wsis.submission.entry.domain.EntryDetails;
import org.wsis.submission.entry.domain.EntryStatus;
import org.wsis.submission.entry.mongo.EntryStore;
import org.wsis.submission.search.SearchIndexer;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import tools.jackson.databind.JsonNode;

/**
 * The yearly Stocktaking Report over HTTP, on activities written to the real database and published in 2004
 * and 2005 (years no other test publishes in): the year's numbers against the year before, the success
 * stories editors choose, a report generated again, and who may do what.
 */
@PlatformIntegrationTest
class ReportTest {

    private static final String REPORTS = "/api/entries/reports";

    @Value("${local.server.port}")
    int port;

    @Autowired
    EntryStore store;

    @Autowired
    SearchIndexer indexer;

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private static Entry published(String title, String country, ActionLine line, StakeholderType type, int year) {
        EntryDetails details = new EntryDetails(
                title,
                "Org " + title,
                type,
                country,
                List.of(line),
                List.of(4),
                List.of(),
                "What " + title + " does, in a few words.",
                "",
                EntryDetails.Impact.NONE,
                "",
                "",
                LocalDate.of(year, 1, 1),
                null,
                null,
                "private@example.org",
                List.of("en"),
                List.of());
        Instant at = LocalDate.of(year, 6, 1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        return Entry.restore(new Entry.State(
                UUID.randomUUID().toString(),
                new Recipient("owner-report", "o@example.org", "Owner", "en"),
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

    @Test
    void aYearsReportCountsItsActivitiesAgainstTheYearBeforeAndTellsTheChosenStories() {
        List<Entry> entries = new ArrayList<>();
        entries.add(published("Rural broadband 2005", "KE", ActionLine.C2, StakeholderType.GOVERNMENT, 2005));
        entries.add(published("Digital schools 2005", "KE", ActionLine.C4, StakeholderType.ACADEMIA, 2005));
        entries.add(published("E-health 2005", "BR", ActionLine.C7, StakeholderType.CIVIL_SOCIETY, 2005));
        entries.add(published("Open data 2004", "FR", ActionLine.C3, StakeholderType.GOVERNMENT, 2004));
        store.insertImported(entries);
        indexer.catchUp();
        String nora = TestUsers.editor("Nora");
        String ada = TestUsers.stakeholder("Ada");

        assertThat(api().get(REPORTS + "/2005", null).status())
                .as("not generated yet")
                .isEqualTo(404);
        assertThat(api().post(REPORTS + "/2005", ada, null).status())
                .as("a stakeholder makes no report")
                .isEqualTo(403);
        assertThat(api().post(REPORTS + "/2005", null, null).status()).isEqualTo(401);

        ApiClient.Response generated = api().post(REPORTS + "/2005", nora, null);
        assertThat(generated.status()).as(generated.body().toString()).isEqualTo(200);
        JsonNode report = api().get(REPORTS + "/2005", null).body();
        assertThat(report.path("numbers").path("total").asLong()).isEqualTo(3);
        assertThat(report.path("previous").path("total").asLong()).isEqualTo(1);
        assertThat(report.path("numbers").path("byCountry").path("KE").asInt()).isEqualTo(2);
        assertThat(report.path("numbers").path("byActionLine").size())
                .as("every action line")
                .isEqualTo(11);
        assertThat(report.path("previous").path("byActionLine").path("C3").asInt())
                .isEqualTo(1);
        assertThat(report.path("numbers")
                        .path("byStakeholderType")
                        .path("GOVERNMENT")
                        .asInt())
                .isEqualTo(1);
        assertThat(report.path("numbers").path("byRegion").path("AFR").asInt()).isEqualTo(2);
        assertThat(report.path("stories").size()).isZero();

        // Stories: public activities only, in the order chosen; a choice naming anything else changes nothing.
        String broadband = entries.get(0).id();
        String health = entries.get(2).id();
        ApiClient.Response refused = api().put(
                        REPORTS + "/2005/stories", nora, Map.of("entryIds", List.of(health, "no-such-activity")), null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("type")).endsWith("not-public-activities");
        assertThat(api().get(REPORTS + "/2005", null).body().path("stories").size())
                .isZero();
        assertThat(api().put(REPORTS + "/2005/stories", ada, Map.of("entryIds", List.of(health)), null)
                        .status())
                .isEqualTo(403);
        ApiClient.Response chosen =
                api().put(REPORTS + "/2005/stories", nora, Map.of("entryIds", List.of(health, broadband)), null);
        assertThat(chosen.status()).as(chosen.body().toString()).isEqualTo(200);
        JsonNode stories = api().get(REPORTS + "/2005", null).body().path("stories");
        assertThat(stories.findValuesAsString("title")).containsExactly("E-health 2005", "Rural broadband 2005");
        assertThat(stories.get(0).path("shortDescription").asString())
                .isEqualTo("What E-health 2005 does, in a few words.");
        assertThat(stories.toString()).doesNotContain("private@example.org");

        // Another activity of 2005 comes in: the report says so once generated again, and keeps its stories.
        store.insertImported(
                List.of(published("Cyber-security 2005", "EG", ActionLine.C5, StakeholderType.PRIVATE_SECTOR, 2005)));
        indexer.catchUp();
        assertThat(api().get(REPORTS + "/2005", null)
                        .body()
                        .path("numbers")
                        .path("total")
                        .asLong())
                .as("a report is kept as generated")
                .isEqualTo(3);
        api().post(REPORTS + "/2005", nora, null);
        JsonNode again = api().get(REPORTS + "/2005", null).body();
        assertThat(again.path("numbers").path("total").asLong()).isEqualTo(4);
        assertThat(again.path("stories").size()).isEqualTo(2);

        // The year before has its own report; both are listed, the latest first.
        api().post(REPORTS + "/2004", nora, null);
        JsonNode all = api().get(REPORTS, null).body();
        List<Integer> years = new ArrayList<>();
        all.forEach(r -> years.add(r.path("year").asInt()));
        assertThat(years).containsSubsequence(2005, 2004);
        assertThat(api().get(REPORTS + "/2004", null)
                        .body()
                        .path("numbers")
                        .path("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(api().post(REPORTS + "/2002", nora, null).status()).isEqualTo(400);
        assertThat(api().post(REPORTS + "/2999", nora, null).status()).isEqualTo(400);
    }
}
