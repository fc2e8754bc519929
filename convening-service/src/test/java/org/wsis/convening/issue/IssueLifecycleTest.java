package org.wsis.convening.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.wsis.contracts.moderation.ModerationDecided.Decision;
import org.wsis.contracts.moderation.ModerationDecided.SubjectType;
import org.wsis.convening.Forms;
import org.wsis.convening.Published;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import org.wsis.testkit.TopicProbe;

@PlatformIntegrationTest
class IssueLifecycleTest {

    @Value("${local.server.port}")
    int port;

    private final TopicProbe topics = TopicProbe.onSharedBroker();
    private final String amara = TestUsers.stakeholder("Amara");

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    @Test
    void anIssueIsPublicOnlyWhenItAndItsConvenorAreBothApproved() {
        ApiClient.Response convenor = api().post("/api/convening/convenors", amara, Forms.profile("Sahel Connect"));
        String convenorId = convenor.text("id");
        ApiClient.Response created = api().post(
                        "/api/convening/convenors/" + convenorId + "/issues",
                        amara,
                        Forms.issue("Signal for every village"));
        assertThat(created.status()).isEqualTo(201);
        String issueId = created.text("id");
        api().post("/api/convening/issues/" + issueId + "/submit", amara, null);
        topics.publish(Forms.decision(issueId, SubjectType.CONVENOR_ISSUE, 1, Decision.APPROVED));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get("/api/convening/issues/" + issueId, amara)
                        .text("status")
                        .equals("PUBLISHED"));

        assertThat(api().get("/api/convening/issues/" + issueId, null).status()).isEqualTo(404);
        assertThat(api().get("/api/convening/issues?q=village&size=100", null)
                        .body()
                        .findValuesAsString("id"))
                .doesNotContain(issueId);

        api().post("/api/convening/convenors/" + convenorId + "/submit", amara, null);
        topics.publish(Forms.decision(convenorId, SubjectType.CONVENOR, 1, Decision.APPROVED));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get("/api/convening/issues/" + issueId, null).status() == 200);
        assertThat(api().get("/api/convening/issues?q=village&size=100", null)
                        .body()
                        .findValuesAsString("id"))
                .contains(issueId);
        ApiClient.Response seen = api().get("/api/convening/issues/" + issueId, null);
        assertThat(seen.text("convenor")).isEqualTo("Sahel Connect");
        assertThat(seen.body().path("plannedEvents").get(0).path("start").asString())
                .isEqualTo("2027-03-10T09:00:00+03:00");
        assertThat(api().get("/api/convening/issues?q=village&size=100", null)
                        .body()
                        .findValuesAsString("id"))
                .contains(issueId);
        assertThat(api().get("/api/convening/convenors/" + convenorId + "/issues", null)
                        .body()
                        .valueStream()
                        .map(issue -> issue.path("id").asString()))
                .containsExactly(issueId);
    }

    @Test
    void aChangeToAPublishedIssueWaitsForModerationWhileThePublishedOneStaysOnline() {
        Published published = new Published(api());
        String convenorId = published.convenor(amara, Forms.profile("Delta Networks"));
        String issueId = published.issue(amara, convenorId, Forms.issue("Towers shared by operators"));

        ApiClient.Response edited = api().put(
                        "/api/convening/issues/" + issueId,
                        amara,
                        Forms.issue("Towers shared by every operator"),
                        null);
        assertThat(edited.text("status")).isEqualTo("DRAFT");
        api().post("/api/convening/issues/" + issueId + "/submit", amara, null);

        assertThat(api().get("/api/convening/issues/" + issueId, null).text("title"))
                .isEqualTo("Towers shared by operators");
        topics.publish(Forms.decision(issueId, SubjectType.CONVENOR_ISSUE, 2, Decision.APPROVED));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api().get("/api/convening/issues/" + issueId, null)
                                .text("title"))
                        .isEqualTo("Towers shared by every operator"));
    }

    @Test
    void onlyTheConvenorsManagersWriteItsIssues() {
        Published published = new Published(api());
        String convenorId = published.convenor(amara, Forms.profile("Savannah Links"));
        String issueId = published.issue(amara, convenorId, Forms.issue("Spectrum for community networks"));
        String intruder = TestUsers.stakeholder("Intruder");

        assertThat(api().post("/api/convening/convenors/" + convenorId + "/issues", intruder, Forms.issue("Mine now"))
                        .status())
                .isEqualTo(403);
        assertThat(api().put("/api/convening/issues/" + issueId, intruder, Forms.issue("Mine now"), null)
                        .status())
                .isEqualTo(403);
        assertThat(api().post("/api/convening/issues/" + issueId + "/withdraw", intruder, null)
                        .status())
                .isEqualTo(403);
        assertThat(api().get("/api/convening/issues/" + issueId, null).text("title"))
                .isEqualTo("Spectrum for community networks");
    }

    @Test
    void everyBrokenRuleOfAnIssueIsReportedFieldByField() {
        String convenorId = api().post("/api/convening/convenors", amara, Forms.profile("Rift Valley Forum"))
                .text("id");
        Map<String, Object> form = Forms.issue("Too short", "Only a few words here.", List.of("C12"));
        form.put("language", "de");
        form.put(
                "plannedEvents",
                List.of(Map.of(
                        "type", "PARTY",
                        "title", "Launch",
                        "startsAt", "2027-03-10T13:00:00",
                        "endsAt", "2027-03-10T09:00:00",
                        "timeZone", "Mars/Olympus",
                        "online", false)));

        ApiClient.Response refused = api().post("/api/convening/convenors/" + convenorId + "/issues", amara, form);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsString("field"))
                .contains(
                        "description",
                        "language",
                        "actionLines[0]",
                        "plannedEvents[0].type",
                        "plannedEvents[0].timeZone",
                        "plannedEvents[0].endsAfterItStarts",
                        "plannedEvents[0].placedUnlessOnline");
        assertThat(api().get("/api/convening/convenors/" + convenorId + "/issues", amara)
                        .body()
                        .size())
                .isZero();
    }
}
