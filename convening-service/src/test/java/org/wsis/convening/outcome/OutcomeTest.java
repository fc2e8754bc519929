package org.wsis.convening.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.wsis.contracts.Topics;
import org.wsis.contracts.convening.ConveningItemEvent;
import org.wsis.contracts.convening.ConveningItemSubmitted;
import org.wsis.contracts.moderation.ModerationDecided.Decision;
import org.wsis.contracts.moderation.ModerationDecided.SubjectType;
import org.wsis.convening.Forms;
import org.wsis.convening.Published;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformInfrastructure;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import org.wsis.testkit.TopicProbe;

@PlatformIntegrationTest
class OutcomeTest {

    @Value("${local.server.port}")
    int port;

    private final TopicProbe topics = TopicProbe.onSharedBroker();
    private final String programme =
            PlatformInfrastructure.shared().token("prog-pia", "pia@example.org", "Pia", "stakeholder", "programme");
    private final String olga = TestUsers.stakeholder("Olga");
    private final String pedro = TestUsers.stakeholder("Pedro");
    private final String quinn = TestUsers.stakeholder("Quinn");
    private final String stranger = TestUsers.stakeholder("Stranger");

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private String convenor(String manager, String name, String type) {
        Map<String, Object> profile = Forms.profile(name);
        profile.put("stakeholderType", type);
        return new Published(api()).convenor(manager, profile);
    }

    private Map<String, Object> outcome(List<String> agreedBy) {
        return Map.of(
                "challenges",
                List.of(
                        Map.of(
                                "statement",
                                "Spectrum licences priced for national operators shut community networks out.",
                                "actionLines",
                                List.of("C2", "C6")),
                        Map.of("statement", "Backhaul costs more than the last mile.", "actionLines", List.of("C2"))),
                "agreedBy",
                agreedBy,
                "followUps",
                List.of(Map.of(
                        "mechanism", "A working group on spectrum for community networks",
                        "lead", "Ministry of ICT, Ruritania",
                        "by", "2027-12-31")));
    }

    @Test
    void theConvenorsOfAWorkshopHeldWriteItsOutcomeWhichAThemesPageGathersOncePublished() {
        // a venue whose days are over, and its workshop on a theme of its own
        Map<String, Object> past = Forms.venue();
        past.put("days", List.of("2026-11-10", "2026-11-11"));
        String venueId = api().post("/api/convening/venues", programme, past).text("id");
        String rural = convenor(olga, "Red Rural del Sur", "CIVIL_SOCIETY");
        String ministry = convenor(pedro, "Ministry of ICT, Ruritania", "GOVERNMENT");
        String telco = convenor(quinn, "Southern Operators", "PRIVATE_SECTOR");
        Map<String, Object> form =
                Forms.workshop(venueId, rural, "Spectrum for the last mile", 40, List.of(ministry, telco));
        form.put("theme", "Spectrum for community networks");
        form.put("days", past.get("days"));
        String workshop = api().post("/api/convening/workshops", olga, form).text("id");
        api().post("/api/convening/workshops/" + workshop + "/invitations/" + ministry + "/accept", pedro, null);
        api().post("/api/convening/workshops/" + workshop + "/invitations/" + telco + "/accept", quinn, null);
        api().post("/api/convening/workshops/" + workshop + "/submit", olga, null);
        topics.publish(Forms.decision(workshop, SubjectType.WORKSHOP, 1, Decision.APPROVED));
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        api().get("/api/convening/workshops/" + workshop, null).status() == 200);
        String path = "/api/convening/workshops/" + workshop + "/outcome";

        // not before the workshop is held in a published programme
        ApiClient.Response early = api().put(path, pedro, outcome(List.of(rural, ministry)), null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text("type")).endsWith("workshop-not-held");
        api().post("/api/convening/venues/" + venueId + "/programme/solve", programme, Map.of("seconds", 1));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get("/api/convening/venues/" + venueId + "/programme", programme)
                        .body()
                        .path("solving")
                        .isNull());
        assertThat(api().post("/api/convening/venues/" + venueId + "/programme/publish", programme, null)
                        .status())
                .isEqualTo(200);

        // only the convenors holding it write it, and only they agree to it
        assertThat(api().put(path, stranger, outcome(List.of(rural)), null).status())
                .isEqualTo(403);
        ApiClient.Response strangerAgrees = api().put(path, pedro, outcome(List.of(rural, "someone-else")), null);
        assertThat(strangerAgrees.status()).isEqualTo(400);
        assertThat(strangerAgrees.text("type")).endsWith("not-a-convenor-of-the-workshop");
        ApiClient.Response written = api().put(path, pedro, outcome(List.of(rural, ministry)), null);
        assertThat(written.status()).as(written.body().toString()).isEqualTo(200);
        assertThat(written.text("status")).isEqualTo("DRAFT");
        assertThat(api().get(path, null).status()).isEqualTo(404);
        assertThat(api().get(path, olga).text("status")).isEqualTo("DRAFT");

        ApiClient.Response submitted = api().post(path + "/submit", olga, null);
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
        ConveningItemSubmitted queued = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> topics.readAll(Topics.CONVENING).stream()
                                .map(TopicProbe.Received::event)
                                .filter(e -> e instanceof ConveningItemSubmitted s
                                        && s.item() == ConveningItemEvent.ItemKind.OUTCOME
                                        && s.itemId().equals(workshop))
                                .map(ConveningItemSubmitted.class::cast)
                                .findFirst(),
                        found -> found.isPresent())
                .orElseThrow();
        assertThat(queued.managerIds()).containsExactlyInAnyOrder("user-olga", "user-pedro", "user-quinn");
        assertThat(queued.actionLines()).extracting(Enum::name).containsExactly("C2", "C6");

        topics.publish(Forms.decision(workshop, SubjectType.WORKSHOP_OUTCOME, 1, Decision.APPROVED));
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get(path, null).status() == 200);
        ApiClient.Response theme =
                api().get("/api/convening/outcomes?theme=spectrum%20for%20COMMUNITY%20networks", null);
        assertThat(theme.status()).isEqualTo(200);
        assertThat(theme.body()).hasSize(1);
        assertThat(theme.body().get(0).path("challenges").findValuesAsString("statement"))
                .containsExactly(
                        "Spectrum licences priced for national operators shut community networks out.",
                        "Backhaul costs more than the last mile.");
        assertThat(theme.body().get(0).path("year").asInt()).isEqualTo(2027);
        assertThat(theme.body().get(0).path("followUps").get(0).path("lead").asString())
                .isEqualTo("Ministry of ICT, Ruritania");
    }
}
