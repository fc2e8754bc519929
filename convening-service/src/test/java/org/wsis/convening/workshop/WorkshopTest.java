package org.wsis.convening.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.Topics;
import org.wsis.contracts.convening.ConveningItemEvent;
import org.wsis.contracts.convening.ConveningItemSubmitted;
import org.wsis.contracts.convening.WorkshopInvitationAnswered;
import org.wsis.contracts.convening.WorkshopInvited;
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
class WorkshopTest {

    @Value("${local.server.port}")
    int port;

    private final TopicProbe topics = TopicProbe.onSharedBroker();
    private final String programme =
            PlatformInfrastructure.shared().token("prog-pia", "pia@example.org", "Pia", "stakeholder", "programme");
    private final String nadia = TestUsers.stakeholder("Nadia");
    private final String amal = TestUsers.stakeholder("Amal");
    private final String bruno = TestUsers.stakeholder("Bruno");
    private final String chen = TestUsers.stakeholder("Chen");
    private final String stranger = TestUsers.stakeholder("Stranger");

    private String venueId;
    private String proposer;
    private String civil;
    private String civilToo;
    private String government;

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private String convenor(String manager, String name, String type) {
        Map<String, Object> profile = Forms.profile(name);
        profile.put("stakeholderType", type);
        return new Published(api()).convenor(manager, profile);
    }

    @BeforeEach
    void aVenueAndFourPublicConvenors() {
        ApiClient.Response venue = api().post("/api/convening/venues", programme, Forms.venue());
        assertThat(venue.status()).as(venue.body().toString()).isEqualTo(201);
        venueId = venue.text("id");
        proposer = convenor(nadia, "Red de Conectividad Rural", "CIVIL_SOCIETY");
        civil = convenor(amal, "Community Networks Kenya", "CIVIL_SOCIETY");
        civilToo = convenor(amal, "Digital Villages Trust", "CIVIL_SOCIETY");
        government = convenor(bruno, "Ministry of ICT, Ruritania", "GOVERNMENT");
    }

    private <T> List<T> events(Class<T> type, String workshopId) {
        return topics.readAll(Topics.CONVENING).stream()
                .filter(r -> workshopId.equals(r.key()))
                .map(TopicProbe.Received::event)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    @Test
    void aWorkshopIsSubmittedOnlyOnceTwoInvitedConvenorsOfTwoStakeholderTypesAccept() {
        ApiClient.Response created = api().post(
                        "/api/convening/workshops",
                        nadia,
                        Forms.workshop(
                                venueId,
                                proposer,
                                "Community networks beyond the last mile",
                                80,
                                List.of(civil, civilToo, government)));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.text("id");
        assertThat(created.body().path("ruleMet").asBoolean()).isFalse();

        // each invited convenor's managers are written to
        List<WorkshopInvited> invited = await().atMost(Duration.ofSeconds(30))
                .until(() -> events(WorkshopInvited.class, id), found -> found.size() == 3);
        assertThat(invited)
                .filteredOn(i -> i.toConvenorId().equals(government))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.fromConvenor()).isEqualTo("Red de Conectividad Rural");
                    assertThat(i.venue()).isEqualTo("WSIS Forum 2027, Geneva");
                    assertThat(i.invitedManagers())
                            .extracting(Recipient::userId)
                            .containsExactly("user-bruno");
                });

        // only the invited convenor's managers answer for it
        assertThat(api().post(path(id, civil, "accept"), nadia, null).status()).isEqualTo(403);
        assertThat(api().post(path(id, civil, "accept"), stranger, null).status())
                .isEqualTo(404);
        assertThat(api().post(path(id, civil, "accept"), amal, null).status()).isEqualTo(200);
        assertThat(api().post(path(id, civil, "decline"), amal, null).status())
                .as("answered once")
                .isEqualTo(409);
        ApiClient.Response twoCivil = api().post(path(id, civilToo, "accept"), amal, null);
        assertThat(twoCivil.body().path("ruleMet").asBoolean()).isFalse();

        // two accepted, both civil society: not multi-stakeholder yet
        ApiClient.Response refused = api().post("/api/convening/workshops/" + id + "/submit", nadia, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("type")).endsWith("not-multi-stakeholder");
        assertThat(api().get("/api/convening/workshops/" + id, nadia).text("status"))
                .isEqualTo("DRAFT");

        ApiClient.Response three = api().post(path(id, government, "accept"), bruno, null);
        assertThat(three.body().path("ruleMet").asBoolean()).isTrue();
        List<WorkshopInvitationAnswered> answers = await().atMost(Duration.ofSeconds(30))
                .until(() -> events(WorkshopInvitationAnswered.class, id), found -> found.size() == 3);
        assertThat(answers).extracting(WorkshopInvitationAnswered::ruleMet).containsExactly(false, false, true);
        assertThat(answers.getLast().proposerManagers())
                .extracting(Recipient::userId)
                .containsExactly("user-nadia");

        ApiClient.Response submitted = api().post("/api/convening/workshops/" + id + "/submit", nadia, null);
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
        ConveningItemSubmitted queued = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> topics.firstOfType(Topics.CONVENING, "org.wsis.convening.ConveningItemSubmitted", id),
                        found -> found.isPresent())
                .map(r -> (ConveningItemSubmitted) r.event())
                .orElseThrow();
        assertThat(queued.item()).isEqualTo(ConveningItemEvent.ItemKind.WORKSHOP);
        // every manager of a convenor holding it is an author in the queue: none of them decides it
        assertThat(queued.managerIds()).containsExactlyInAnyOrder("user-nadia", "user-amal", "user-bruno");

        // the public reads it once the programme's admins approve it, with the convenors who accepted
        assertThat(api().get("/api/convening/workshops/" + id, stranger).status())
                .isEqualTo(404);
        topics.publish(Forms.decision(id, SubjectType.WORKSHOP, 1, Decision.APPROVED));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get("/api/convening/workshops/" + id, null).status() == 200);
        ApiClient.Response seen = api().get("/api/convening/workshops/" + id, null);
        assertThat(seen.body().path("invitations").findValuesAsString("convenor"))
                .containsExactlyInAnyOrder(
                        "Community Networks Kenya", "Digital Villages Trust", "Ministry of ICT, Ruritania");
        assertThat(api().get("/api/convening/venues/" + venueId + "/workshops", null)
                        .body()
                        .findValuesAsString("id"))
                .containsExactly(id);
    }

    @Test
    void aProposalIsRefusedFieldByFieldAndAgainstTheVenue() {
        int before = api().get("/api/convening/workshops/mine", nadia).body().size();
        Map<String, Object> bad = Forms.workshop(venueId, proposer, "", 2, List.of(civil));
        bad.put("days", List.of());
        bad.put("interpretation", List.of("xx"));
        ApiClient.Response refused = api().post("/api/convening/workshops", nadia, bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsString("field"))
                .contains("title", "attendance", "days", "interpretation[0]");

        Map<String, Object> closedDay = Forms.workshop(venueId, proposer, "On a Sunday", 30, List.of(civil));
        closedDay.put("days", List.of("2027-05-16"));
        ApiClient.Response outside = api().post("/api/convening/workshops", nadia, closedDay);
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.text("type")).endsWith("not-a-venue-day");

        ApiClient.Response notMine = api().post(
                        "/api/convening/workshops",
                        stranger,
                        Forms.workshop(venueId, proposer, "Mine now", 30, List.of(civil)));
        assertThat(notMine.status()).isEqualTo(403);
        assertThat(api().get("/api/convening/workshops/mine", nadia).body().size())
                .isEqualTo(before);
    }

    @Test
    void theProgrammesAdminsMergeTwoProposalsAndSeeWhichThemesHaveNoWorkshop() {
        String first = api().post(
                        "/api/convening/workshops",
                        nadia,
                        Forms.workshop(venueId, proposer, "Community networks, first", 40, List.of(civil)))
                .text("id");
        String chenConvenor = convenor(chen, "Academia Network for Access", "ACADEMIA");
        String second = api().post(
                        "/api/convening/workshops",
                        chen,
                        Forms.workshop(venueId, chenConvenor, "Community networks, second", 40, List.of(government)))
                .text("id");
        api().post(path(second, government, "accept"), bruno, null);

        assertThat(api().post("/api/convening/workshops/" + first + "/merge", nadia, Map.of("from", second))
                        .status())
                .isEqualTo(403);
        ApiClient.Response merged =
                api().post("/api/convening/workshops/" + first + "/merge", programme, Map.of("from", second));
        assertThat(merged.status()).as(merged.body().toString()).isEqualTo(200);
        assertThat(merged.body().path("invitations").findValuesAsString("convenorId"))
                .containsExactlyInAnyOrder(civil, chenConvenor, government);
        ApiClient.Response absorbed = api().get("/api/convening/workshops/" + second, chen);
        assertThat(absorbed.text("status")).isEqualTo("WITHDRAWN");
        assertThat(absorbed.text("mergedInto")).isEqualTo(first);

        // the merged workshop now meets the rule: civil society and academia and government accepted
        assertThat(api().post(path(first, civil, "accept"), amal, null)
                        .body()
                        .path("ruleMet")
                        .asBoolean())
                .isTrue();

        ApiClient.Response uncovered = api().get("/api/convening/venues/" + venueId + "/uncovered-themes", programme);
        assertThat(uncovered.status()).isEqualTo(200);
        assertThat(api().get("/api/convening/venues/" + venueId + "/uncovered-themes", nadia)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anInvitationTakenBackAndSentAgainWritesNoSecondMailAndTheProposerNeverAnswersForAnInvitee() {
        String id = api().post(
                        "/api/convening/workshops",
                        nadia,
                        Forms.workshop(venueId, proposer, "Invited once", 40, List.of(government)))
                .text("id");
        for (int i = 0; i < 3; i++) {
            assertThat(api().delete("/api/convening/workshops/" + id + "/invitations/" + government, nadia)
                            .status())
                    .isEqualTo(200);
            assertThat(api().post(
                                    "/api/convening/workshops/" + id + "/invitations",
                                    nadia,
                                    Map.of("convenorIds", List.of(government)))
                            .status())
                    .isEqualTo(200);
        }
        // a marker: the next invitation's mail comes after any the loop would have caused
        api().post("/api/convening/workshops/" + id + "/invitations", nadia, Map.of("convenorIds", List.of(civil)));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> events(WorkshopInvited.class, id).stream()
                        .anyMatch(e -> e.toConvenorId().equals(civil)));
        assertThat(events(WorkshopInvited.class, id))
                .filteredOn(e -> e.toConvenorId().equals(government))
                .hasSize(1);

        // Nadia manages the proposer and, here, an invited convenor too: she cannot meet the rule alone
        String hers = convenor(nadia, "Nadia's Own Ministry", "GOVERNMENT");
        api().post("/api/convening/workshops/" + id + "/invitations", nadia, Map.of("convenorIds", List.of(hers)));
        assertThat(api().post(path(id, hers, "accept"), nadia, null).status()).isEqualTo(403);
    }

    private static String path(String workshopId, String convenorId, String answer) {
        return "/api/convening/workshops/" + workshopId + "/invitations/" + convenorId + "/" + answer;
    }
}
