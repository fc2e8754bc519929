package org.wsis.convening.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.Topics;
import org.wsis.contracts.convening.WorkshopScheduled;
import org.wsis.contracts.moderation.ModerationDecided.Decision;
import org.wsis.contracts.moderation.ModerationDecided.SubjectType;
import org.wsis.convening.Forms;
import org.wsis.convening.Published;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformInfrastructure;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import org.wsis.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class ProgrammeTest {

    @Value("${local.server.port}")
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private final TopicProbe topics = TopicProbe.onSharedBroker();
    private final String programme =
            PlatformInfrastructure.shared().token("prog-pia", "pia@example.org", "Pia", "stakeholder", "programme");
    private final String nadia = TestUsers.stakeholder("Nadia");
    private final String amal = TestUsers.stakeholder("Amal");
    private final String bruno = TestUsers.stakeholder("Bruno");
    private final String chen = TestUsers.stakeholder("Chen");
    private final String dora = TestUsers.stakeholder("Dora");

    private final Map<String, String> managers = new HashMap<>();
    private String venueId;
    private List<String> workshops;

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private String convenor(String manager, String name, String type) {
        Map<String, Object> profile = Forms.profile(name);
        profile.put("stakeholderType", type);
        String id = new Published(api()).convenor(manager, profile);
        managers.put(id, manager);
        return id;
    }

    /** A workshop proposed, accepted by every invited convenor, submitted and approved. */
    private String accepted(
            String proposer, String title, int attendance, List<String> invited, Map<String, Object> more) {
        Map<String, Object> form = Forms.workshop(venueId, proposer, title, attendance, invited);
        form.putAll(more);
        ApiClient.Response created = api().post("/api/convening/workshops", managers.get(proposer), form);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.text("id");
        for (String convenor : invited) {
            assertThat(api().post(
                                    "/api/convening/workshops/" + id + "/invitations/" + convenor + "/accept",
                                    managers.get(convenor),
                                    null)
                            .status())
                    .isEqualTo(200);
        }
        ApiClient.Response submitted =
                api().post("/api/convening/workshops/" + id + "/submit", managers.get(proposer), null);
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
        topics.publish(Forms.decision(id, SubjectType.WORKSHOP, 1, Decision.APPROVED));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get("/api/convening/workshops/" + id, null).status() == 200);
        return id;
    }

    @BeforeEach
    void fiveAcceptedWorkshopsSharingConvenors() {
        ApiClient.Response venue = api().post("/api/convening/venues", programme, Forms.venue());
        assertThat(venue.status()).as(venue.body().toString()).isEqualTo(201);
        venueId = venue.text("id");
        String rural = convenor(nadia, "Red de Conectividad Rural", "CIVIL_SOCIETY");
        String academia = convenor(chen, "Academia Network for Access", "ACADEMIA");
        String kenya = convenor(amal, "Community Networks Kenya", "CIVIL_SOCIETY");
        String ministry = convenor(bruno, "Ministry of ICT, Ruritania", "GOVERNMENT");
        String telco = convenor(dora, "Rural Telecom Operators", "PRIVATE_SECTOR");
        workshops = List.of(
                accepted(
                        rural,
                        "Spectrum for community networks",
                        150,
                        List.of(kenya, ministry),
                        Map.of("interpretation", List.of("fr"))),
                accepted(rural, "Backhaul costs", 50, List.of(ministry, telco), Map.of()),
                accepted(
                        academia,
                        "Measuring rural access",
                        30,
                        List.of(kenya, telco),
                        Map.of("days", List.of("2027-05-12"))),
                accepted(
                        academia,
                        "Community networks and universal service funds",
                        35,
                        List.of(ministry, kenya),
                        Map.of()),
                accepted(academia, "Operators and communities", 55, List.of(telco, ministry), Map.of("hybrid", true)));
    }

    private JsonNode solved(int seconds) {
        ApiClient.Response started = api().post(
                        "/api/convening/venues/" + venueId + "/programme/solve", programme, Map.of("seconds", seconds));
        assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
        assertThat(started.body().path("solving").isObject())
                .as("answered while it solves")
                .isTrue();
        return await().atMost(Duration.ofSeconds(60))
                .until(() -> draft(), d -> d.path("solving").isNull());
    }

    private JsonNode draft() {
        ApiClient.Response draft = api().get("/api/convening/venues/" + venueId + "/programme", programme);
        assertThat(draft.status()).isEqualTo(200);
        return draft.body();
    }

    /** The hard rules, checked from what the API says of the venue, the workshops and the draft only. */
    private List<String> hardBreaches(JsonNode draft) {
        JsonNode venue = api().get("/api/convening/venues/" + venueId, null).body();
        Map<String, JsonNode> rooms = new HashMap<>();
        venue.path("rooms").forEach(r -> rooms.put(r.path("id").asString(), r));
        List<String> breaches = new ArrayList<>();
        Map<String, String> roomUse = new HashMap<>();
        Map<String, String> convenorUse = new HashMap<>();
        Set<String> placed = new HashSet<>();
        for (JsonNode p : draft.path("placements")) {
            String id = p.path("workshopId").asString();
            placed.add(id);
            JsonNode w = api().get("/api/convening/workshops/" + id, null).body();
            JsonNode room = rooms.get(p.path("roomId").asString());
            if (room.path("capacity").asInt() < w.path("attendance").asInt()) {
                breaches.add(id + " too many people for " + room.path("name").asString());
            }
            if (room.path("booths").asInt() < w.path("interpretation").size()) {
                breaches.add(id + " lacks booths");
            }
            if (w.path("hybrid").asBoolean() && !room.path("streaming").asBoolean()) {
                breaches.add(id + " lacks streaming");
            }
            if (w.path("stepFree").asBoolean() && !room.path("stepFree").asBoolean()) {
                breaches.add(id + " lacks step-free access");
            }
            String day = p.path("day").asString();
            if (!textsOf(w.path("days")).contains(day)) {
                breaches.add(id + " on a day its convenors cannot attend");
            }
            List<String> convenors =
                    new ArrayList<>(List.of(w.path("convenorId").asString()));
            w.path("invitations")
                    .forEach(i -> convenors.add(i.path("convenorId").asString()));
            int slots = venue.path("slots").size();
            // every slot it runs, within its day
            for (int slot = p.path("slot").asInt();
                    slot < p.path("slot").asInt() + w.path("length").asInt();
                    slot++) {
                if (slot > slots) {
                    breaches.add(id + " runs past the end of the day");
                    break;
                }
                for (JsonNode closed : room.path("closed")) {
                    if (closed.path("day").asString().equals(day)
                            && closed.path("slot").asInt() == slot) {
                        breaches.add(id + " in a closed room");
                    }
                }
                String when = day + "#" + slot;
                String before = roomUse.put(p.path("roomId").asString() + "@" + when, id);
                if (before != null) {
                    breaches.add(id + " and " + before + " share a room");
                }
                for (String c : convenors) {
                    String busy = convenorUse.put(c + "@" + when, id);
                    if (busy != null) {
                        breaches.add(c + " in " + id + " and " + busy + " at once");
                    }
                }
            }
        }
        workshops.stream().filter(w -> !placed.contains(w)).forEach(w -> breaches.add(w + " not placed"));
        return breaches;
    }

    private static List<String> textsOf(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asString()));
        return texts;
    }

    private Map<String, String> places(JsonNode draft) {
        Map<String, String> places = new HashMap<>();
        draft.path("placements")
                .forEach(p -> places.put(
                        p.path("workshopId").asString(),
                        p.path("roomId").asString() + "@" + p.path("day").asString() + "#"
                                + p.path("slot").asInt()));
        return places;
    }

    private List<WorkshopScheduled> announced() {
        return topics.readAll(Topics.CONVENING).stream()
                .map(TopicProbe.Received::event)
                .filter(WorkshopScheduled.class::isInstance)
                .map(WorkshopScheduled.class::cast)
                .filter(e -> e.venueId().equals(venueId))
                .toList();
    }

    @Test
    void aSolveRunsInTheBackgroundAndMeetsEveryHardRuleByAnIndependentCheck() {
        JsonNode draft = solved(3);

        assertThat(hardBreaches(draft)).isEmpty();
        assertThat(draft.path("feasible").asBoolean()).isTrue();
        assertThat(draft.path("score").asString()).startsWith("0hard/0medium/");
        assertThat(draft.path("unplaced")).isEmpty();
        // the workshop interpreted into French and the streamed one are in the only hall with booths and streaming
        assertThat(places(draft).get(workshops.get(0))).startsWith("hall@");
        assertThat(places(draft).get(workshops.get(4))).startsWith("hall@");
        assertThat(places(draft).get(workshops.get(2))).contains("2027-05-12");
        assertThat(meters.find("wsis.convening.programme.solves")
                        .tag("outcome", "feasible")
                        .timer())
                .as("the solve is counted")
                .isNotNull();
    }

    @Test
    void aRoomClosingWhileItSolvesMovesOnlyItsWorkshopKeepsThePinnedOneAndMailsOnlyWhoIsAffected() throws Exception {
        JsonNode first = solved(3);
        Map<String, String> before = places(first);
        String pinned = workshops.get(3);
        JsonNode pinnedAt = null;
        for (JsonNode p : first.path("placements")) {
            if (p.path("workshopId").asString().equals(pinned)) {
                pinnedAt = p;
            }
        }
        ApiClient.Response pin = api().put(
                        "/api/convening/venues/" + venueId + "/programme/workshops/" + pinned,
                        programme,
                        Map.of(
                                "roomId", pinnedAt.path("roomId").asString(),
                                "day", pinnedAt.path("day").asString(),
                                "slot", pinnedAt.path("slot").asInt(),
                                "pinned", true),
                        null);
        assertThat(pin.status()).as(pin.body().toString()).isEqualTo(200);

        ApiClient.Response published =
                api().post("/api/convening/venues/" + venueId + "/programme/publish", programme, null);
        assertThat(published.status()).as(published.body().toString()).isEqualTo(200);
        assertThat(published.body().path("changesToPublish").asInt()).isZero();
        List<WorkshopScheduled> scheduled =
                await().atMost(Duration.ofSeconds(30)).until(this::announced, found -> found.size() == 5);
        assertThat(scheduled).extracting(WorkshopScheduled::change).containsOnly(WorkshopScheduled.Change.SCHEDULED);
        WorkshopScheduled spectrum = scheduled.stream()
                .filter(e -> e.workshopId().equals(workshops.get(0)))
                .findFirst()
                .orElseThrow();
        assertThat(spectrum.room()).isEqualTo("Hall A");
        assertThat(spectrum.convenorManagers())
                .extracting(Recipient::userId)
                .containsExactlyInAnyOrder("user-nadia", "user-amal", "user-bruno");

        // the hall closes where the first workshop is, while the solver works on the programme again
        String[] hallAt = before.get(workshops.get(0)).split("[@#]");
        api().post("/api/convening/venues/" + venueId + "/programme/solve", programme, Map.of("seconds", 4));
        ApiClient.Response closed = api().put(
                        "/api/convening/venues/" + venueId + "/rooms/hall/closed",
                        programme,
                        Map.of("closed", List.of(Map.of("day", hallAt[1], "slot", Integer.parseInt(hallAt[2])))),
                        null);
        assertThat(closed.status()).as(closed.body().toString()).isEqualTo(200);
        JsonNode second = await().atMost(Duration.ofSeconds(60))
                .until(this::draft, d -> d.path("solving").isNull());

        assertThat(hardBreaches(second)).isEmpty();
        Map<String, String> after = places(second);
        assertThat(after.get(workshops.get(0))).isNotEqualTo(before.get(workshops.get(0)));
        assertThat(after.get(pinned)).isEqualTo(before.get(pinned));
        List<String> moved = workshops.stream()
                .filter(id -> !before.get(id).equals(after.get(id)))
                .toList();
        assertThat(moved)
                .as("besides the workshop in the closed hall, at most one other moves")
                .hasSizeLessThanOrEqualTo(2);

        api().post("/api/convening/venues/" + venueId + "/programme/publish", programme, null);
        List<WorkshopScheduled> all = await().atMost(Duration.ofSeconds(30))
                .until(this::announced, found -> found.size() == 5 + moved.size());
        assertThat(all.subList(5, all.size()))
                .extracting(WorkshopScheduled::workshopId)
                .containsExactlyInAnyOrderElementsOf(moved);
        assertThat(all.subList(5, all.size()))
                .extracting(WorkshopScheduled::change)
                .containsOnly(WorkshopScheduled.Change.MOVED);

        // the feeds parse back: one VEVENT per workshop, a moved one a SEQUENCE further
        ApiClient.Text feed = api().getText("/api/convening/venues/" + venueId + "/programme.ics", null);
        assertThat(feed.contentType()).startsWith("text/calendar");
        var calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(5);
        VEvent spectrumEvent = events.stream()
                .filter(e -> e.getUid()
                        .orElseThrow()
                        .getValue()
                        .equals("workshop-" + workshops.get(0) + "@calendar.wsis.itu"))
                .findFirst()
                .orElseThrow();
        assertThat(spectrumEvent.getSequence().getSequenceNo()).isEqualTo(1);
        ApiClient.Text hall = api().getText("/api/convening/venues/" + venueId + "/rooms/hall/programme.ics", null);
        var hallCalendar = new CalendarBuilder().build(new StringReader(hall.body()));
        hallCalendar.validate();
        JsonNode inHall = api().get("/api/convening/venues/" + venueId + "/programme/published?room=hall", null)
                .body();
        assertThat(hallCalendar.<VEvent>getComponents("VEVENT"))
                .hasSize(inHall.path("workshops").size());
        assertThat(inHall.path("workshops").findValuesAsString("roomId")).containsOnly("hall");
    }

    @Test
    void onlyTheProgrammesAdminsSolvePlaceAndPublishAndALimitOutOfRangeIsRefused() {
        String base = "/api/convening/venues/" + venueId + "/programme";
        assertThat(api().get(base, nadia).status()).isEqualTo(403);
        assertThat(api().post(base + "/solve", nadia, Map.of("seconds", 1)).status())
                .isEqualTo(403);
        assertThat(api().post(base + "/publish", nadia, null).status()).isEqualTo(403);
        assertThat(api().put(
                                base + "/workshops/" + workshops.get(0),
                                nadia,
                                Map.of("roomId", "hall", "day", "2027-05-11", "slot", 1),
                                null)
                        .status())
                .isEqualTo(403);
        assertThat(api().post("/api/convening/venues", nadia, Forms.venue()).status())
                .isEqualTo(403);
        ApiClient.Response tooLong = api().post(base + "/solve", programme, Map.of("seconds", 0));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().path("errors").findValuesAsString("field")).contains("seconds");
        ApiClient.Response elsewhere = api().put(
                        base + "/workshops/" + workshops.get(0),
                        programme,
                        Map.of("roomId", "hall", "day", "2027-06-01", "slot", 1),
                        null);
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(api().get(base + "/published", null).status()).isEqualTo(200);

        // a draft that breaks a hard rule is not published: 150 people in a room of 40
        ApiClient.Response tooSmall = api().put(
                        base + "/workshops/" + workshops.get(0),
                        programme,
                        Map.of("roomId", "k2", "day", "2027-05-11", "slot", 1),
                        null);
        assertThat(tooSmall.status()).isEqualTo(200);
        assertThat(tooSmall.body().path("feasible").asBoolean()).isFalse();
        ApiClient.Response refused = api().post(base + "/publish", programme, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("type")).endsWith("programme-not-feasible");
        assertThat(api().get(base + "/published", null).body().path("workshops"))
                .isEmpty();
        assertThat(LocalDate.parse(api().get(base + "/published", null)
                        .body()
                        .path("days")
                        .get(0)
                        .asString()))
                .isEqualTo(LocalDate.of(2027, 5, 11));
    }
}
