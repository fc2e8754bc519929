package org.wsis.convening.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.wsis.convening.Forms;
import org.wsis.convening.Published;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class DirectoryTest {

    @Value("${local.server.port}")
    int port;

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private static String telemedicineClinic;
    private static String telemedicineDistrict;
    private static String telemedicineFrench;
    private static String eWaste;
    private static String clinicsOwnSecondIssue;

    private static Map<String, Object> issue(
            String title, String description, String language, List<Integer> sdgs, List<String> actionLines) {
        Map<String, Object> form = Forms.issue(title, description, actionLines);
        form.put("language", language);
        form.put("sdgs", sdgs);
        form.put("keywords", List.of());
        form.put("plannedEvents", List.of());
        return form;
    }

    @BeforeEach
    void publishOnce() {
        if (telemedicineClinic != null) {
            return;
        }
        Published published = new Published(api());
        String nurses = TestUsers.stakeholder("Nurses");
        String ministry = TestUsers.stakeholder("Ministry");
        String medecins = TestUsers.stakeholder("Medecins");
        String recyclers = TestUsers.stakeholder("Recyclers");
        Map<String, Object> ministryProfile = Forms.profile("Ministry of Health e-Health Unit");
        ministryProfile.put("stakeholderType", "GOVERNMENT");
        ministryProfile.put("country", "GH");
        Map<String, Object> frenchProfile = Forms.profile("Réseau Santé Numérique du Sahel");
        frenchProfile.put("country", "SN");
        String nursesId = published.convenor(nurses, Forms.profile("Rural Nurses Telehealth Network"));
        telemedicineClinic = published.issue(
                nurses,
                nursesId,
                issue(
                        "Teleconsultations for remote clinics",
                        "Nurses in remote clinics will hold video teleconsultations with doctors at the district hospital, "
                                + "keep patient records on tablets and refer mothers with complications early.",
                        "en",
                        List.of(3),
                        List.of("C7")));
        clinicsOwnSecondIssue = published.issue(
                nurses,
                nursesId,
                issue(
                        "Telemedicine training for nurses",
                        "We train nurses of remote clinics to run telemedicine consultations with doctors and to keep "
                                + "electronic patient records, so that patients travel less to the hospital.",
                        "en",
                        List.of(3, 4),
                        List.of("C7", "C4")));
        String ministryId = published.convenor(ministry, ministryProfile);
        telemedicineDistrict = published.issue(
                ministry,
                ministryId,
                issue(
                        "A national telemedicine service for district hospitals",
                        "The ministry connects district hospitals and rural health centres so that doctors can give "
                                + "remote consultations to patients, with electronic health records shared between clinics.",
                        "en",
                        List.of(3),
                        List.of("C7", "C1")));
        String frenchId = published.convenor(medecins, frenchProfile);
        telemedicineFrench = published.issue(
                medecins,
                frenchId,
                issue(
                        "La télémédecine pour les centres de santé ruraux",
                        "Nous organiserons des téléconsultations entre les médecins des hôpitaux régionaux et les "
                                + "infirmiers des centres de santé ruraux, avec un dossier médical partagé pour chaque patient.",
                        "fr",
                        List.of(3),
                        List.of("C7")));
        String recyclersId = published.convenor(recyclers, Forms.profile("Accra E-Waste Recyclers"));
        eWaste = published.issue(
                recyclers,
                recyclersId,
                issue(
                        "Safe recycling of discarded phones and computers",
                        "Informal workers burn cables to recover copper; we set up collection points for discarded phones "
                                + "and computers and train repairers in safe recycling of electronic waste.",
                        "en",
                        List.of(12),
                        List.of("C7")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get("/api/convening/issues?q=telemedicine", null)
                                .body()
                                .path("total")
                                .asInt()
                        >= 2);
    }

    @Test
    void theIssuesOfOtherConvenorsOnTheSameSubjectComeFirstWithWhyInEveryLanguage() {
        ApiClient.Response similar =
                api().get("/api/convening/issues/" + telemedicineClinic + "/similar?limit=5", null);

        assertThat(similar.status()).isEqualTo(200);
        List<String> ids = similar.body().findValuesAsString("id");
        assertThat(ids).doesNotContain(telemedicineClinic, clinicsOwnSecondIssue);
        assertThat(ids.subList(0, 2)).containsExactlyInAnyOrder(telemedicineDistrict, telemedicineFrench);
        assertThat(ids.indexOf(eWaste)).isNotZero();
        JsonNode district = first(similar.body(), telemedicineDistrict);
        assertThat(district.path("sharedThemes").toString()).contains("telemedicine");
        assertThat(district.path("sharedWords").toString()).contains("doctors", "records");
        assertThat(district.path("sharedSdgs").get(0).asInt()).isEqualTo(3);
        assertThat(district.path("score").asDouble()).isBetween(0.0, 1.0);
        JsonNode french = first(similar.body(), telemedicineFrench);
        assertThat(french.path("sharedThemes").toString()).contains("telemedicine");
    }

    @Test
    void onlyPublicIssuesHaveSimilarIssues() {
        String drafter = TestUsers.stakeholder("Drafter");
        String convenor = api().post("/api/convening/convenors", drafter, Forms.profile("Draft Forum"))
                .text("id");
        String draft = api().post(
                        "/api/convening/convenors/" + convenor + "/issues",
                        drafter,
                        issue(
                                "Telemedicine for remote clinics, in draft",
                                "Nurses in remote clinics will hold video teleconsultations with doctors at the district "
                                        + "hospital and keep patient records on tablets.",
                                "en",
                                List.of(3),
                                List.of("C7")))
                .text("id");
        assertThat(api().get("/api/convening/issues/" + draft + "/similar", null)
                        .status())
                .isEqualTo(404);
        assertThat(api().get("/api/convening/issues/no-such-issue/similar", null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theDirectoryFindsIssuesAndConvenorsByWordsAndFiltersWithFacetCounts() {
        JsonNode found = api().get("/api/convening/issues?q=telemedicine&region=AFR&size=50", null)
                .body();
        assertThat(found.path("items").findValuesAsString("id")).contains(telemedicineDistrict, clinicsOwnSecondIssue);
        assertThat(found.path("facets").path("sdg").path("3").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(found.path("facets").path("country").path("GH").asInt()).isEqualTo(1);

        JsonNode french = api().get("/api/convening/issues?q=t%C3%A9l%C3%A9m%C3%A9decine", null)
                .body();
        assertThat(french.path("items").findValuesAsString("id")).contains(telemedicineFrench);

        JsonNode governments = api().get("/api/convening/convenors?stakeholderType=GOVERNMENT&sdg=3&size=50", null)
                .body();
        assertThat(governments.path("items").findValuesAsString("name")).contains("Ministry of Health e-Health Unit");
        assertThat(governments.path("items").findValuesAsString("name")).doesNotContain("Accra E-Waste Recyclers");
        assertThat(governments
                        .path("facets")
                        .path("stakeholderType")
                        .path("GOVERNMENT")
                        .asInt())
                .isEqualTo(governments.path("total").asInt());
        assertThat(governments.toString()).doesNotContain("wanjiru@convenor.example.org");

        ApiClient.Response refused = api().get("/api/convening/issues?actionLine=C12&region=MARS", null);
        assertThat(refused.status()).isEqualTo(400);
    }

    @Test
    void aYearsThemesGatherTheConvenorsThatAddressTheSameSubjectSeparately() {
        JsonNode themes = api().get("/api/convening/themes?year=2027", null).body();

        JsonNode health = null;
        for (JsonNode theme : themes) {
            if (theme.path("issues").findValuesAsString("id").contains(telemedicineDistrict)) {
                health = theme;
            }
        }
        assertThat(health).as(themes.toString()).isNotNull();
        assertThat(health.path("issues").findValuesAsString("id"))
                .contains(telemedicineClinic, telemedicineFrench)
                .doesNotContain(eWaste);
        assertThat(health.path("convenors").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(health.path("name").asString()).containsIgnoringCase("health");
    }

    private static JsonNode first(JsonNode similar, String issueId) {
        for (JsonNode s : similar) {
            if (s.path("issue").path("id").asString().equals(issueId)) {
                return s;
            }
        }
        throw new AssertionError(issueId + " is not among " + similar);
    }
}
