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
 * The platform as its users meet it: the local stack started as the README's run command starts it
 * (real broker, wire-protocol MongoDB, SMTP server, the four services as separate processes), driven
 * only through public HTTP APIs and the mail inbox.
 */
class ThinSliceTest {

    private static LocalStack stack;

    @BeforeAll
    static void startThePlatform() {
        stack = RunningPlatform.stack();
    }

    private static ApiClient submissions() {
        return new ApiClient(stack.serviceUrl("submission-service"));
    }

    private static ApiClient prizes() {
        return new ApiClient(stack.serviceUrl("prize-service"));
    }

    private static ApiClient moderation() {
        return new ApiClient(stack.serviceUrl("moderation-service"));
    }

    private static List<JsonNode> mailTo(String address) {
        return PlatformActions.mailTo(stack, address);
    }

    private static String submittedEntry(String amina, String title) {
        return PlatformActions.submittedEntry(submissions(), amina, title, "C2");
    }

    private static String queuedItem(String omar, String entryId) {
        return awaitItem(omar, "entry:" + entryId + ":1");
    }

    private static String awaitItem(String moderator, String itemId) {
        return PlatformActions.awaitItem(moderation(), moderator, itemId);
    }

    private static void decide(String moderator, String itemId, Map<String, String> decision) {
        PlatformActions.decide(moderation(), moderator, itemId, decision);
    }

    private static void awaitStatus(String entryId, String token, String status) {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(submissions()
                                .get("/api/entries/" + entryId, token)
                                .text("status"))
                        .isEqualTo(status));
    }

    @Test
    void keycloakSignsTokensWithTheClaimsTheServicesRead() {
        JsonNode claims = PlatformActions.claims(stack.demoToken("amina"));

        assertThat(claims.path("iss").asString()).isEqualTo(stack.keycloakUrl() + "/realms/wsis");
        assertThat(claims.path("email").asString()).isEqualTo("amina@example.org");
        assertThat(claims.path("name").asString()).isEqualTo("Amina Diallo");
        assertThat(claims.path("locale").asString()).isEqualTo("en");
        assertThat(claims.path("realm_access").path("roles").toString()).contains("\"stakeholder\"");
        // The voting rules read the account's age from Keycloak's creation time, in milliseconds.
        assertThat(claims.path("created_timestamp").asLong()).isEqualTo(1_735_689_600_000L);
        // The conflict-of-interest rules read the person's organisation from their profile.
        assertThat(claims.path("organisation").asString()).isEqualTo("Ministry of Digital Economy");
        // Tokens of the platform's clients are meant for its services.
        assertThat(claims.path("aud").toString()).contains("\"wsis-api\"");
        // And a service accepts the token.
        assertThat(new ApiClient(stack.serviceUrl("notification-service"))
                        .get("/api/notifications/preferences", stack.demoToken("amina"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aTokenAnotherClientOfTheRealmObtainedIsRefusedByEveryServiceAndThroughThePortal() {
        String foreign = stack.anotherClientsToken("amina");
        JsonNode claims = PlatformActions.claims(foreign);
        // Signed by the realm, for the same person, with the realm-wide claims; only the audience differs.
        assertThat(claims.path("created_timestamp").asLong()).isEqualTo(1_735_689_600_000L);
        assertThat(claims.path("aud").toString()).doesNotContain("wsis-api");

        for (String path : List.of(
                "/api/entries?mine=true",
                "/api/moderation/my-items",
                "/api/prizes/eligible-entries",
                "/api/notifications/preferences")) {
            assertThat(new ApiClient(stack.portalUrl()).get(path, foreign).status())
                    .as(path)
                    .isEqualTo(401);
            assertThat(new ApiClient(stack.portalUrl())
                            .get(path, stack.demoToken("amina"))
                            .status())
                    .as(path)
                    .isEqualTo(200);
        }
    }

    @Test
    void anApprovedEntryIsPublicBecomesEligibleForThePrizesAndItsOwnerIsToldByMail() {
        String amina = stack.demoToken("amina");
        String omar = stack.demoToken("omar");
        String id = submittedEntry(amina, "Community broadband for rural schools");
        assertThat(submissions().get("/api/entries/" + id, null).status()).isEqualTo(404);

        String itemId = queuedItem(omar, id);
        decide(omar, itemId, Map.of("decision", "APPROVED", "reasonCode", "MEETS_GUIDELINES"));

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(
                                submissions().get("/api/entries/" + id, null).text("status"))
                        .isEqualTo("PUBLISHED"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode eligible = new ApiClient(stack.serviceUrl("prize-service"))
                    .get("/api/prizes/eligible-entries?size=100", amina)
                    .body();
            assertThat(eligible.findValuesAsString("entryId")).contains(id);
        });
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(mailTo("amina@example.org"))
                        .extracting(m -> m.path("subject").asString())
                        .contains(
                                "We received your entry \u201cCommunity broadband for rural schools\u201d",
                                "Your entry \u201cCommunity broadband for rural schools\u201d is published"));
    }

    @Test
    void aRequestForChangesReachesTheOwnerWithTheModeratorsWords() {
        String amina = stack.demoToken("amina");
        String omar = stack.demoToken("omar");
        String id = submittedEntry(amina, "Digital skills for rural women");

        String itemId = queuedItem(omar, id);
        decide(
                omar,
                itemId,
                Map.of(
                        "decision",
                        "CHANGES_REQUESTED",
                        "reasonCode",
                        "INCOMPLETE",
                        "message",
                        "Please name the partner organisations."));

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(
                                submissions().get("/api/entries/" + id, amina).text("status"))
                        .isEqualTo("CHANGES_REQUESTED"));
        assertThat(submissions().get("/api/entries/" + id, null).status()).isEqualTo(404);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(mailTo("amina@example.org"))
                        .filteredOn(m -> m.path("subject").asString().startsWith("Changes requested"))
                        .singleElement()
                        .satisfies(m -> assertThat(m.path("body").asString())
                                .contains("Please name the partner organisations.")));
    }

    @Test
    void aRejectedEntryIsPublishedWhenAnotherModeratorUpholdsTheAuthorsAppeal() {
        String amina = stack.demoToken("amina");
        String omar = stack.demoToken("omar");
        String lena = stack.demoToken("lena");
        String id = submittedEntry(amina, "Mobile market prices for farmers");
        String itemId = queuedItem(omar, id);
        decide(
                omar,
                itemId,
                Map.of("decision", "REJECTED", "reasonCode", "NOT_ICT_FOR_DEVELOPMENT", "message", "No ICT."));
        awaitStatus(id, amina, "REJECTED");

        ApiClient.Response appeal = moderation()
                .post("/api/moderation/items/" + itemId + "/appeal", amina, Map.of("message", "It is an SMS service."));
        assertThat(appeal.status()).isEqualTo(201);
        String appealId = appeal.text("id");
        decide(lena, appealId, Map.of("decision", "APPROVED", "reasonCode", "MEETS_GUIDELINES"));

        awaitStatus(id, null, "PUBLISHED");
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(mailTo("amina@example.org"))
                        .extracting(m -> m.path("subject").asString())
                        .contains(
                                "Your entry \u201cMobile market prices for farmers\u201d was not accepted",
                                "Your entry \u201cMobile market prices for farmers\u201d is published"));
    }

    @Test
    void aPublishedEntryFlaggedByThreePeopleIsHiddenUntilAModeratorDismissesTheFlags() {
        String amina = stack.demoToken("amina");
        String omar = stack.demoToken("omar");
        String id = submittedEntry(amina, "Community radio in local languages");
        decide(omar, queuedItem(omar, id), Map.of("decision", "APPROVED", "reasonCode", "MEETS_GUIDELINES"));
        awaitStatus(id, null, "PUBLISHED");

        for (String user : List.of("victor", "elena", "admin")) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> moderation()
                                    .post(
                                            "/api/moderation/flags",
                                            stack.demoToken(user),
                                            Map.of("entryId", id, "reason", "SPAM"))
                                    .status()
                            == 201);
        }

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(
                                submissions().get("/api/entries/" + id, null).status())
                        .isEqualTo(404));
        String flagged = awaitItem(omar, "flagged:" + id + ":1");
        decide(omar, flagged, Map.of("decision", "APPROVED", "reasonCode", "MEETS_GUIDELINES"));

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(
                                submissions().get("/api/entries/" + id, null).status())
                        .isEqualTo(200));
    }

    @Test
    void aFirstStartLoadsDemonstrationEntriesThatThePublicCanSearchAndCount() {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(submissions()
                                .get("/api/entries?size=1", null)
                                .body()
                                .path("total")
                                .asLong())
                        .isGreaterThanOrEqualTo(500));

        ApiClient.Response found = submissions().get("/api/entries?q=community+radio&region=AFR", null);
        assertThat(found.body().path("total").asLong()).isPositive();
        assertThat(found.body().path("items").get(0).path("region").asString()).isEqualTo("AFR");
        ApiClient.Response statistics = submissions().get("/api/entries/statistics", null);
        assertThat(statistics.body().path("byActionLine").path("C7").asInt()).isPositive();
        assertThat(submissions()
                        .getText("/api/entries/export.csv?actionLine=C9", null)
                        .body()
                        .lines()
                        .count())
                .isGreaterThan(2);
    }

    @Test
    void aNominationIsScreenedInTheModerationQueueAndBecomesEligible() {
        String amina = stack.demoToken("amina");
        String omar = stack.demoToken("omar");
        String admin = stack.demoToken("admin");
        String id = submittedEntry(amina, "Mobile clinics with telemedicine");
        decide(omar, queuedItem(omar, id), Map.of("decision", "APPROVED", "reasonCode", "MEETS_GUIDELINES"));
        assertThat(prizes().post("/api/prizes/editions", admin, Map.of("year", 2027))
                        .status())
                .isEqualTo(201);
        assertThat(prizes().post("/api/prizes/editions/2027/phase", admin, Map.of("phase", "SUBMISSION"))
                        .status())
                .isEqualTo(200);

        ApiClient.Response nominated = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> prizes().post(
                                        "/api/prizes/editions/2027/nominations",
                                        amina,
                                        Map.of("entryId", id, "category", 2)),
                        r -> r.status() == 201);
        String nominationId = nominated.text("id");
        String item = awaitItem(omar, "nomination:" + nominationId + ":1");
        decide(omar, item, Map.of("decision", "APPROVED", "reasonCode", "MEETS_GUIDELINES"));

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(prizes().get("/api/prizes/editions/2027/nominations/mine", amina)
                                .body()
                                .get(0)
                                .path("status")
                                .asString())
                        .isEqualTo("ELIGIBLE"));
    }
}
