package org.wsis.submission.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;

@PlatformIntegrationTest
class EntryValidationTest {

    @Value("${local.server.port}")
    int port;

    private final String owner = TestUsers.stakeholder("Valid " + UUID.randomUUID());

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private Map<String, String> errorsOf(ApiClient.Response refused) {
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("type")).isEqualTo("urn:wsis:problem:validation");
        Map<String, String> errors = new java.util.TreeMap<>();
        refused.body()
                .path("errors")
                .forEach(e ->
                        errors.put(e.path("field").asString(), e.path("message").asString()));
        return errors;
    }

    private long myEntries() {
        return api().get("/api/entries?mine=true", owner).body().path("total").asLong();
    }

    @Test
    void everyBrokenRuleIsReportedInOneAnswerAndNothingIsSaved() {
        Map<String, Object> draft = Drafts.complete(" ");
        draft.remove("organisation");
        draft.put("stakeholderType", "GOVERNMENT_AGENCY");
        draft.put("country", "XX");
        draft.put("actionLines", List.of("C2", "C12"));
        draft.put("sdgs", List.of(4, 18));
        draft.put("gdcObjectives", List.of("GDC9"));
        draft.put("shortDescription", "word ".repeat(201));
        draft.put("fullDescription", "x".repeat(20_001));
        draft.put("startDate", "2024-05-01");
        draft.put("endDate", "2024-04-30");
        draft.put("website", "javascript:alert(1)");
        draft.put("contactEmail", "not-an-address");
        draft.put("languages", List.of("English"));

        Map<String, String> errors = errorsOf(api().post("/api/entries", owner, draft));

        assertThat(errors)
                .containsOnlyKeys(
                        "actionLines[1]",
                        "contactEmail",
                        "country",
                        "endDate",
                        "fullDescription",
                        "gdcObjectives[0]",
                        "languages[0]",
                        "organisation",
                        "sdgs[1]",
                        "shortDescription",
                        "stakeholderType",
                        "title",
                        "website");
        assertThat(errors.get("actionLines[1]")).contains("C1").contains("C11");
        assertThat(errors.get("shortDescription")).contains("200 words").contains("201");
        assertThat(errors.get("endDate")).contains("startDate");
        assertThat(myEntries()).isZero();
    }

    @Test
    void requiredFieldsAreNamedWhenMissing() {
        Map<String, String> errors = errorsOf(api().post("/api/entries", owner, Map.of("title", "Only a title")));

        assertThat(errors)
                .containsKeys(
                        "organisation",
                        "stakeholderType",
                        "country",
                        "actionLines",
                        "sdgs",
                        "shortDescription",
                        "startDate");
        assertThat(myEntries()).isZero();
    }

    @Test
    void anInvalidEditChangesNothing() {
        ApiClient.Response created = api().post("/api/entries", owner, Drafts.complete("Solar kiosks"));
        String id = created.text("id");
        Map<String, Object> broken = Drafts.complete("Solar kiosks renamed");
        broken.put("website", "not a url");

        errorsOf(api().put("/api/entries/" + id, owner, broken, created.etag().orElseThrow()));

        ApiClient.Response unchanged = api().get("/api/entries/" + id, owner);
        assertThat(unchanged.text("title")).isEqualTo("Solar kiosks");
        assertThat(unchanged.etag()).isEqualTo(created.etag());
    }

    @Test
    void textIsStoredExactlyAsWrittenAndNeverAsMarkup() {
        Map<String, Object> draft = Drafts.complete("<script>alert('x')</script> & \"friends\"");
        draft.put("shortDescription", "<b>Bold</b> claims, =cmd|' /C calc'!A0 and\nnew lines.");

        ApiClient.Response created = api().post("/api/entries", owner, draft);

        assertThat(created.status()).isEqualTo(201);
        ApiClient.Response read = api().get("/api/entries/" + created.text("id"), owner);
        assertThat(read.text("title")).isEqualTo("<script>alert('x')</script> & \"friends\"");
        assertThat(read.text("shortDescription")).isEqualTo("<b>Bold</b> claims, =cmd|' /C calc'!A0 and\nnew lines.");
        assertThat(read.contentType()).startsWith("application/json");
    }

    @Test
    void theRegionIsDerivedFromTheCountryAndPrizeReadinessIsReported() {
        Map<String, Object> draft = Drafts.complete("E-health records");
        draft.put("country", "EG");
        draft.put("shortDescription", "word ".repeat(160).strip());

        ApiClient.Response created = api().post("/api/entries", owner, draft);

        assertThat(created.text("region")).isEqualTo("ARB");
        assertThat(created.body().path("shortDescriptionWords").asInt()).isEqualTo(160);
        assertThat(created.body().path("prizeReady").asBoolean()).isTrue();
        assertThat(created.body().path("ongoing").asBoolean()).isTrue();
    }

    @Test
    void unknownFiltersAreReportedByName() {
        ApiClient.Response refused = api().get("/api/entries?actionLine=C99&sdg=0&region=MOON", null);

        assertThat(errorsOf(refused)).containsOnlyKeys("actionLine[0]", "sdg[0]", "region[0]");
    }
}
