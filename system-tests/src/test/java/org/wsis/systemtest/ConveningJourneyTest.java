package org.wsis.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wsis.localstack.LocalStack;
import org.wsis.testkit.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * A convenor as they meet the platform, through the portal with Keycloak's tokens: a profile and an issue,
 * each approved by a moderator in the real queue, then the issues of other convenors that address a
 * similar issue (the demonstration convenors of the local stack among them), in the directory and in a
 * theme; then a request to connect with another convenor, accepted, and only then each other's contact
 * details.
 */
class ConveningJourneyTest {

    private static LocalStack stack;

    @BeforeAll
    static void startThePlatform() {
        stack = RunningPlatform.stack();
    }

    /** A convenor of {@code manager}'s, submitted and approved by Omar in the queue. */
    private static String approvedConvenor(ApiClient api, String manager, String name, String contactEmail) {
        ApiClient.Response profile = api.post(
                "/api/convening/convenors",
                manager,
                Map.of(
                        "name",
                        name,
                        "stakeholderType",
                        "CIVIL_SOCIETY",
                        "country",
                        "SN",
                        "languages",
                        List.of("fr", "en"),
                        "description",
                        "Nurses, doctors and engineers who bring care to remote villages.",
                        "contact",
                        Map.of("name", name, "email", contactEmail)));
        assertThat(profile.status()).isEqualTo(201);
        String convenor = profile.text("id");
        assertThat(api.post("/api/convening/convenors/" + convenor + "/submit", manager, null)
                        .status())
                .isEqualTo(200);
        PlatformActions.approveInTheQueue(stack, "convenor:" + convenor + ":1");
        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        api.get("/api/convening/convenors/" + convenor, null).status() == 200);
        return convenor;
    }

    @Test
    void aConvenorIsApprovedSeesWhoElseAddressesASimilarIssueAndConnectsWithThem() {
        ApiClient api = new ApiClient(stack.portalUrl());
        String amina = stack.demoToken("amina");
        String convenor = approvedConvenor(api, amina, "Dakar Telehealth Alliance", "telehealth@example.org");

        ApiClient.Response issue = api.post(
                "/api/convening/convenors/" + convenor + "/issues",
                amina,
                Map.of(
                        "year",
                        2027,
                        "title",
                        "Teleconsultations for village health posts",
                        "description",
                        "Health workers in remote villages will hold video teleconsultations with "
                                + "doctors at the district hospital, keep electronic patient records and refer "
                                + "pregnant women with complications in time.",
                        "language",
                        "en",
                        "actionLines",
                        List.of("C7"),
                        "sdgs",
                        List.of(3),
                        "keywords",
                        List.of("telemedicine", "maternal health")));
        assertThat(issue.status()).isEqualTo(201);
        String issueId = issue.text("id");
        assertThat(api.post("/api/convening/issues/" + issueId + "/submit", amina, null)
                        .status())
                .isEqualTo(200);
        PlatformActions.approveInTheQueue(stack, "convenor_issue:" + issueId + ":1");

        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/convening/issues/" + issueId, null).status() == 200);
        assertThat(api.get("/api/convening/convenors/" + convenor, null).body().toString())
                .as("the public never sees the contact details")
                .doesNotContain("telehealth@example.org");

        JsonNode similar = api.get("/api/convening/issues/" + issueId + "/similar?limit=5", null)
                .body();
        assertThat(similar.size()).isEqualTo(5);
        assertThat(similar.get(0).path("sharedThemes").toString()).contains("telemedicine");
        assertThat(similar.get(0).path("issue").path("convenorId").asString()).isNotEqualTo(convenor);

        JsonNode found =
                api.get("/api/convening/issues?q=teleconsultations&sdg=3", null).body();
        assertThat(found.path("items").findValuesAsString("id")).contains(issueId);
        JsonNode themes = api.get("/api/convening/themes?year=2027", null).body();
        assertThat(themes.findValuesAsString("id")).contains(issueId);

        // Victor's convenor asks Amina's to connect about her issue; until she accepts, nobody learns anything.
        String victor = stack.demoToken("victor");
        String other = approvedConvenor(api, victor, "Thiès Rural Clinics", "clinics@example.org");
        ApiClient.Response asked = api.post(
                "/api/convening/contacts",
                victor,
                Map.of("fromConvenorId", other, "issueId", issueId, "message", "We run teleconsultations too."));
        assertThat(asked.status()).isEqualTo(201);
        assertThat(asked.body().toString()).doesNotContain("telehealth@example.org");
        JsonNode received = api.get("/api/convening/contacts?convenorId=" + convenor, amina)
                .body()
                .get(0);
        assertThat(received.path("message").asString()).isEqualTo("We run teleconsultations too.");
        assertThat(received.toString()).doesNotContain("clinics@example.org");

        ApiClient.Response accepted = api.post("/api/convening/contacts/" + asked.text("id") + "/accept", amina, null);
        assertThat(accepted.body().path("contact").path("email").asString()).isEqualTo("clinics@example.org");
        assertThat(api.get("/api/convening/contacts?convenorId=" + other, victor)
                        .body()
                        .get(0)
                        .path("contact")
                        .path("email")
                        .asString())
                .isEqualTo("telehealth@example.org");
    }
}
