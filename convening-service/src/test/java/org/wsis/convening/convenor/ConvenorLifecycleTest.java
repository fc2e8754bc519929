package org.wsis.convening.convenor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.wsis.contracts.EventJson;
import org.wsis.contracts.GoldenSamples;
import org.wsis.contracts.Topics;
import org.wsis.contracts.convening.ConveningItemPublished;
import org.wsis.contracts.convening.ConveningItemSubmitted;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.contracts.moderation.ModerationDecided.Decision;
import org.wsis.convening.Forms;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import org.wsis.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class ConvenorLifecycleTest {

    @Value("${local.server.port}")
    int port;

    private final TopicProbe topics = TopicProbe.onSharedBroker();
    private final String wanjiru = TestUsers.stakeholder("Wanjiru");

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private String aDraft(String name) {
        ApiClient.Response created = api().post("/api/convening/convenors", wanjiru, Forms.profile(name));
        assertThat(created.status()).isEqualTo(201);
        return created.text("id");
    }

    private static List<String> fieldNames(JsonNode node) {
        return StreamSupport.stream(node.propertyNames().spliterator(), false)
                .sorted()
                .toList();
    }

    @Test
    void aProfileIsPrivateUntilAModeratorApprovesItAndThePublicNeverSeesItsContactDetails() {
        String id = aDraft("Western Kenya Connectivity Forum");
        assertThat(api().get("/api/convening/convenors/" + id, null).status()).isEqualTo(404);
        assertThat(api().get("/api/convening/convenors/" + id, TestUsers.stakeholder("Boris"))
                        .status())
                .isEqualTo(404);

        ApiClient.Response submitted = api().post("/api/convening/convenors/" + id + "/submit", wanjiru, null);
        assertThat(submitted.text("status")).isEqualTo("SUBMITTED");
        ApiClient.Response reviewed = api().get("/api/convening/convenors/" + id, TestUsers.moderator("Omar"));
        assertThat(reviewed.text("status"))
                .as("the moderator reads what they review")
                .isEqualTo("SUBMITTED");
        assertThat(reviewed.body().toString()).doesNotContain("wanjiru@convenor.example.org");
        TopicProbe.Received record = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> topics.firstOfType(Topics.CONVENING, "org.wsis.convening.ConveningItemSubmitted", id),
                        r -> r.isPresent())
                .orElseThrow();
        JsonNode golden = EventJson.mapper().readTree(GoldenSamples.json(ConveningItemSubmitted.class));
        assertThat(fieldNames(EventJson.mapper().readTree(record.payload()))).isEqualTo(fieldNames(golden));
        ConveningItemSubmitted event = (ConveningItemSubmitted) record.event();
        assertThat(event.item()).isEqualTo(ConveningItemSubmitted.ItemKind.CONVENOR);
        assertThat(event.owner().userId()).isEqualTo("user-wanjiru");
        assertThat(event.revision()).isEqualTo(1);

        topics.publish(Forms.decision(id, ModerationDecided.SubjectType.CONVENOR, 1, Decision.APPROVED));

        ApiClient.Response seen = await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get("/api/convening/convenors/" + id, null), r -> r.status() == 200);
        assertThat(seen.text("name")).isEqualTo("Western Kenya Connectivity Forum");
        assertThat(seen.text("region")).isEqualTo("AFR");
        assertThat(seen.body().path("contact").isNull()).isTrue();
        assertThat(seen.body().toString()).doesNotContain("wanjiru@convenor.example.org");
        assertThat(api().get("/api/convening/convenors/" + id, wanjiru)
                        .body()
                        .path("contact")
                        .path("email")
                        .asString())
                .isEqualTo("wanjiru@convenor.example.org");
        assertThat(topics.firstOfType(Topics.CONVENING, "org.wsis.convening.ConveningItemPublished", id))
                .map(r -> ((ConveningItemPublished) r.event()).revision())
                .contains(1);
    }

    @Test
    void aDecisionOnAnIssueOrAnotherRevisionLeavesTheProfileAsItIs() {
        String id = aDraft("Lake Region Digital Forum");
        api().post("/api/convening/convenors/" + id + "/submit", wanjiru, null);

        topics.publish(Forms.decision(id, ModerationDecided.SubjectType.CONVENOR_ISSUE, 1, Decision.APPROVED));
        topics.publish(Forms.decision(id, ModerationDecided.SubjectType.CONVENOR, 2, Decision.APPROVED));
        topics.publish(Forms.decision(id, ModerationDecided.SubjectType.CONVENOR, 1, Decision.CHANGES_REQUESTED));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api().get("/api/convening/convenors/" + id, wanjiru)
                                .text("status"))
                        .isEqualTo("CHANGES_REQUESTED"));
        assertThat(api().get("/api/convening/convenors/" + id, wanjiru).text("messageFromModerator"))
                .isEqualTo("Tell us more.");
        assertThat(api().get("/api/convening/convenors/" + id, null).status()).isEqualTo(404);
    }

    @Test
    void onlyManagersChangeAProfileAndAnInvitedPersonBecomesOne() {
        String id = aDraft("Coastal Connectivity Network");
        String kofi = TestUsers.stakeholder("Kofi");

        ApiClient.Response stranger =
                api().put("/api/convening/convenors/" + id, kofi, Forms.profile("Taken over"), null);
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(api().post("/api/convening/convenors/" + id + "/invitations/accept", kofi, null)
                        .status())
                .as("a draft is not found by someone it has not invited")
                .isEqualTo(404);
        assertThat(api().get("/api/convening/convenors/invitations", kofi)
                        .body()
                        .size())
                .isZero();

        ApiClient.Response invited = api().post(
                        "/api/convening/convenors/" + id + "/invitations",
                        wanjiru,
                        Map.of("email", "USER-KOFI@example.org"));
        assertThat(invited.status()).isEqualTo(200);
        assertThat(invited.body().path("invited").get(0).asString()).isEqualTo("user-kofi@example.org");

        assertThat(api().get("/api/convening/convenors/invitations", kofi)
                        .body()
                        .findValuesAsString("name"))
                .containsExactly("Coastal Connectivity Network");
        assertThat(api().get("/api/convening/convenors/invitations", kofi)
                        .body()
                        .toString())
                .doesNotContain("wanjiru@convenor.example.org");
        ApiClient.Response accepted = api().post("/api/convening/convenors/" + id + "/invitations/accept", kofi, null);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(api().put("/api/convening/convenors/" + id, kofi, Forms.profile("Coastal Network"), null)
                        .text("name"))
                .isEqualTo("Coastal Network");
        assertThat(api().get("/api/convening/convenors/mine", kofi).body().findValuesAsString("id"))
                .contains(id);
    }

    @Test
    void aManagerTakesBackAnInvitationAndItCanNoLongerBeTaken() {
        String id = aDraft("Savannah Forum");
        String lena = TestUsers.stakeholder("Lena");
        api().post(
                        "/api/convening/convenors/" + id + "/invitations",
                        wanjiru,
                        Map.of("email", "user-lena@example.org"));

        ApiClient.Response revoked = api().post(
                        "/api/convening/convenors/" + id + "/invitations/revoke",
                        wanjiru,
                        Map.of("email", "user-lena@example.org"));

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.body().path("invited").size()).isZero();
        assertThat(api().post("/api/convening/convenors/" + id + "/invitations/accept", lena, null)
                        .status())
                .isEqualTo(404);
        assertThat(api().get("/api/convening/convenors/mine", lena).body().size())
                .isZero();
    }

    @Test
    void aStaleVersionIsRefusedAndNothingChanges() {
        String id = aDraft("Highlands Forum");
        ApiClient.Response first =
                api().put("/api/convening/convenors/" + id, wanjiru, Forms.profile("Renamed once"), "\"0\"");
        assertThat(first.status()).isEqualTo(200);

        ApiClient.Response stale =
                api().put("/api/convening/convenors/" + id, wanjiru, Forms.profile("Renamed twice"), "\"0\"");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(api().get("/api/convening/convenors/" + id, wanjiru).text("name"))
                .isEqualTo("Renamed once");
    }

    @Test
    void everyBrokenRuleOfTheFormIsReportedFieldByFieldAndNothingIsSaved() {
        Map<String, Object> form = Forms.profile("");
        form.put("stakeholderType", "ROBOT");
        form.put("country", "XX");
        form.put("website", "ftp://nowhere");
        form.put("contact", Map.of("name", "", "email", "not-an-address"));

        ApiClient.Response refused = api().post("/api/convening/convenors", wanjiru, form);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsString("field"))
                .contains("name", "stakeholderType", "country", "website", "contact.name", "contact.email");
        assertThat(api().get("/api/convening/convenors/mine", wanjiru).body().findValuesAsString("name"))
                .doesNotContain("");
    }

    @Test
    void creatingAProfileNeedsTheStakeholderRole() {
        ApiClient.Response anonymous = api().post("/api/convening/convenors", null, Forms.profile("Anonymous forum"));
        ApiClient.Response moderator =
                api().post("/api/convening/convenors", TestUsers.moderator("Omar"), Forms.profile("Moderators' forum"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(moderator.status()).isEqualTo(403);
        assertThat(api().get("/api/convening/convenors/mine", null).status()).isEqualTo(401);
    }

    @Test
    void anInvitedAddressIsWrittenToOnceAndOnlyAboutAConvenorThePublicMayRead() {
        ApiClient api = ApiClient.onPort(port);
        String zawadi = TestUsers.stakeholder("Zawadi");
        String id = api.post("/api/convening/convenors", zawadi, Forms.profile("Claim your prize now"))
                .text("id");
        String address = "invited-" + id + "@example.org";
        api.post("/api/convening/convenors/" + id + "/invitations", zawadi, Map.of("email", address));

        id = new org.wsis.convening.Published(api).convenor(zawadi, Forms.profile("Lamu Digital Forum"));
        for (int round = 0; round < 3; round++) {
            assertThat(api.post("/api/convening/convenors/" + id + "/invitations", zawadi, Map.of("email", address))
                            .status())
                    .isEqualTo(200);
            api.post("/api/convening/convenors/" + id + "/invitations/revoke", zawadi, Map.of("email", address));
        }

        String convenor = id;
        await().atMost(Duration.ofSeconds(30))
                .until(() -> invitationsTo(address).size() == 1);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(10))
                .until(() -> invitationsTo(address).size() == 1);
        org.wsis.contracts.convening.ManagerInvited invited =
                invitationsTo(address).getFirst();
        assertThat(invited.convenorId()).as("not the draft's").isEqualTo(convenor);
        assertThat(invited.convenor()).isEqualTo("Lamu Digital Forum");
    }

    private List<org.wsis.contracts.convening.ManagerInvited> invitationsTo(String address) {
        return topics.readAll(Topics.CONVENING).stream()
                .map(TopicProbe.Received::event)
                .filter(e -> e instanceof org.wsis.contracts.convening.ManagerInvited m
                        && m.invitedEmail().equals(address))
                .map(e -> (org.wsis.contracts.convening.ManagerInvited) e)
                .toList();
    }
}
