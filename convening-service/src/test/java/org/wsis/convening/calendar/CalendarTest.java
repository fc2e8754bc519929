package org.wsis.convening.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.wsis.contracts.Topics;
import org.wsis.contracts.convening.ConveningItemEvent;
import org.wsis.contracts.convening.ConveningItemReturned;
import org.wsis.contracts.convening.ConveningItemSubmitted;
import org.wsis.contracts.convening.EventReminderDue;
import org.wsis.contracts.moderation.ModerationDecided.Decision;
import org.wsis.contracts.moderation.ModerationDecided.SubjectType;
import org.wsis.convening.Forms;
import org.wsis.convening.Published;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import org.wsis.testkit.TopicProbe;

@PlatformIntegrationTest
class CalendarTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Reminders reminders;

    private final TopicProbe topics = TopicProbe.onSharedBroker();
    private final String nadia = TestUsers.stakeholder("Nadia");

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    /** A listed event, submitted and approved; returns its id once the calendar shows it. */
    private String published(String owner, Map<String, Object> form) {
        ApiClient.Response created = api().post("/api/convening/events", owner, form);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.text("id");
        approve(id, owner);
        return id;
    }

    private void approve(String id, String owner) {
        ApiClient.Response submitted = api().post("/api/convening/events/" + id + "/submit", owner, null);
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
        int revision = submitted.body().path("revision").asInt();
        topics.publish(Forms.decision(id, SubjectType.CALENDAR_EVENT, revision, Decision.APPROVED));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get("/api/convening/calendar/event-" + id, null)
                                .body()
                                .path("sequence")
                                .asInt()
                        == revision);
    }

    private static net.fortuna.ical4j.model.Calendar parse(String ics) throws Exception {
        assertThat(ics).as("an iCalendar object").startsWith("BEGIN:VCALENDAR");
        net.fortuna.ical4j.model.Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        return calendar;
    }

    private static VEvent only(net.fortuna.ical4j.model.Calendar calendar, String uid) {
        List<VEvent> events = calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals(uid))
                .toList();
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    @Test
    void aListedEventIsPublicOnceApprovedAndItsIcsKeepsItsUidWhileItsSequenceGrows() throws Exception {
        ApiClient.Response created = api().post(
                        "/api/convening/events",
                        nadia,
                        Forms.event(
                                "Consultation on community networks", "2027-05-12T09:00:00", "2027-05-12T17:00:00"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.text("id");
        String key = "event-" + id;
        assertThat(api().get("/api/convening/events/" + id, null).status()).isEqualTo(404);

        ApiClient.Response submitted = api().post("/api/convening/events/" + id + "/submit", nadia, null);
        assertThat(submitted.text("status")).isEqualTo("SUBMITTED");
        ConveningItemSubmitted queued = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> topics.firstOfType(Topics.CONVENING, "org.wsis.convening.ConveningItemSubmitted", id),
                        found -> found.isPresent())
                .map(r -> (ConveningItemSubmitted) r.event())
                .orElseThrow();
        assertThat(queued.item()).isEqualTo(ConveningItemEvent.ItemKind.EVENT);
        assertThat(queued.convenor()).isEqualTo("Geneva Digital Rights Forum");
        assertThat(api().get("/api/convening/calendar/" + key, null).status()).isEqualTo(404);

        topics.publish(Forms.decision(id, SubjectType.CALENDAR_EVENT, 1, Decision.APPROVED));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get("/api/convening/calendar/" + key, null).status() == 200);
        ApiClient.Response entry = api().get("/api/convening/calendar/" + key, null);
        assertThat(entry.text("start")).isEqualTo("2027-05-12T09:00:00+02:00");
        assertThat(entry.text("region")).isEqualTo("EUR");

        ApiClient.Text single = api().getText("/api/convening/calendar/" + key + ".ics", null);
        assertThat(single.status()).isEqualTo(200);
        assertThat(single.contentType()).startsWith("text/calendar");
        var first = parse(single.body());
        VEvent v1 = only(first, key + "@calendar.wsis.itu");
        assertThat(v1.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(v1.getSummary().getValue()).isEqualTo("Consultation on community networks");
        assertThat(v1.getStartDate()
                        .orElseThrow()
                        .getParameter("TZID")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("Europe/Zurich");
        assertThat(Instant.from(v1.getStartDate().orElseThrow().getDate()))
                .isEqualTo(Instant.parse("2027-05-12T07:00:00Z"));
        assertThat(first.<VTimeZone>getComponents("VTIMEZONE")).hasSize(1);

        Map<String, Object> moved =
                Forms.event("Consultation on community networks", "2027-05-19T14:00:00", "2027-05-19T18:00:00");
        assertThat(api().put("/api/convening/events/" + id, nadia, moved, null).status())
                .isEqualTo(200);
        api().post("/api/convening/events/" + id + "/submit", nadia, null);
        assertThat(api().get("/api/convening/calendar/" + key, null).text("startsAt"))
                .as("the published revision stays while the change is moderated")
                .isEqualTo("2027-05-12T09:00");
        topics.publish(Forms.decision(id, SubjectType.CALENDAR_EVENT, 2, Decision.APPROVED));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get("/api/convening/calendar/" + key, null)
                        .text("startsAt")
                        .equals("2027-05-19T14:00"));

        ApiClient.Text feed =
                api().getText("/api/convening/calendar.ics?from=2027-01-01&region=EUR&type=CONSULTATION", null);
        VEvent v2 = only(parse(feed.body()), key + "@calendar.wsis.itu");
        assertThat(v2.getSequence().getSequenceNo()).isEqualTo(2);
        assertThat(Instant.from(v2.getStartDate().orElseThrow().getDate()))
                .isEqualTo(Instant.parse("2027-05-19T12:00:00Z"));
    }

    @Test
    void theCalendarListsTheEventsConvenorsPlanAboutPublicIssuesWithItsFilters() throws Exception {
        Published published = new Published(api());
        String convenorId = published.convenor(nadia, Forms.profile("Lake Victoria Networks"));
        String issueId = published.issue(nadia, convenorId, Forms.issue("Fibre along the lake shore"));
        String plannedKey = api().get("/api/convening/issues/" + issueId, null)
                .body()
                .path("plannedEvents")
                .get(0)
                .path("calendarKey")
                .asString();
        assertThat(plannedKey).startsWith("issue-" + issueId + "-");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> keys("/api/convening/calendar?month=2027-03&region=AFR&type=WORKSHOP&size=200")
                        .contains(plannedKey));
        ApiClient.Response entry = api().get("/api/convening/calendar/" + plannedKey, null);
        assertThat(entry.text("organiser")).isEqualTo("Lake Victoria Networks");
        assertThat(entry.text("convenorId")).isEqualTo(convenorId);
        assertThat(entry.text("start")).isEqualTo("2027-03-10T09:00:00+03:00");

        assertThat(keys("/api/convening/calendar?month=2027-03&region=EUR&size=200"))
                .doesNotContain(plannedKey);
        assertThat(keys("/api/convening/calendar?month=2027-04&size=200")).doesNotContain(plannedKey);
        assertThat(keys("/api/convening/calendar?from=2027-03-10&to=2027-03-10&timeZone=Africa/Nairobi&size=200"))
                .contains(plannedKey);
        assertThat(keys("/api/convening/calendar?month=2027-03&type=CONFERENCE&size=200"))
                .doesNotContain(plannedKey);
        assertThat(keys("/api/convening/calendar?month=2027-03&organiser=victoria&size=200"))
                .contains(plannedKey);
        assertThat(only(
                        parse(api().getText(
                                        "/api/convening/calendar.ics?from=2027-01-01&convenorId=" + convenorId, null)
                                .body()),
                        plannedKey + "@calendar.wsis.itu"))
                .isNotNull();

        // A change that keeps the planned event's id keeps its calendar entry, one sequence further.
        Map<String, Object> changed = Forms.issue("Fibre along the whole lake shore");
        @SuppressWarnings("unchecked")
        Map<String, Object> planned =
                new HashMap<>(((List<Map<String, Object>>) changed.get("plannedEvents")).getFirst());
        planned.put("id", plannedKey.substring(("issue-" + issueId + "-").length()));
        planned.put("title", "County workshop, second day added");
        changed.put("plannedEvents", List.of(planned));
        assertThat(api().put("/api/convening/issues/" + issueId, nadia, changed, null)
                        .status())
                .isEqualTo(200);
        ApiClient.Response resubmitted = api().post("/api/convening/issues/" + issueId + "/submit", nadia, null);
        topics.publish(Forms.decision(issueId, SubjectType.CONVENOR_ISSUE, 2, Decision.APPROVED));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get("/api/convening/calendar/" + plannedKey, null)
                        .text("title")
                        .equals("County workshop, second day added"));
        assertThat(resubmitted.body().path("revision").asInt()).isEqualTo(2);
        assertThat(api().get("/api/convening/calendar/" + plannedKey, null)
                        .body()
                        .path("sequence")
                        .asInt())
                .isEqualTo(2);

        api().post("/api/convening/issues/" + issueId + "/withdraw", nadia, null);
        assertThat(api().get("/api/convening/calendar/" + plannedKey, null).status())
                .isEqualTo(404);
    }

    @Test
    void anEventReturnedForChangesTellsItsOwnerWhyAndStaysOutOfTheCalendar() {
        String id = api().post(
                        "/api/convening/events",
                        nadia,
                        Forms.event("Unclear workshop", "2027-07-01T09:00:00", "2027-07-01T12:00:00"))
                .text("id");
        api().post("/api/convening/events/" + id + "/submit", nadia, null);
        topics.publish(Forms.decision(id, SubjectType.CALENDAR_EVENT, 1, Decision.CHANGES_REQUESTED));

        ConveningItemReturned returned = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> topics.firstOfType(Topics.CONVENING, "org.wsis.convening.ConveningItemReturned", id),
                        found -> found.isPresent())
                .map(r -> (ConveningItemReturned) r.event())
                .orElseThrow();
        assertThat(returned.outcome()).isEqualTo(ConveningItemReturned.Outcome.CHANGES_REQUESTED);
        assertThat(returned.message()).isEqualTo("Tell us more.");
        assertThat(returned.owner().displayName()).isEqualTo("Nadia");
        assertThat(returned.publishedStaysOnline()).isFalse();
        assertThat(api().get("/api/convening/events/" + id, nadia).text("status"))
                .isEqualTo("CHANGES_REQUESTED");
        assertThat(api().get("/api/convening/calendar/event-" + id, null).status())
                .isEqualTo(404);
    }

    @Test
    void badFiltersAndBadEventsAreRefusedFieldByField() {
        ApiClient.Response filters =
                api().get("/api/convening/calendar?region=MARS&type=PARTY&from=2027-05-02&to=2027-05-01", null);
        assertThat(filters.status()).isEqualTo(400);
        assertThat(filters.body().toString())
                .contains("region")
                .contains("type")
                .contains("to must not be before");
        ApiClient.Response longFeedSearch =
                api().get("/api/convening/calendar.ics?q=" + "word+".repeat(40) + "end", null);
        assertThat(longFeedSearch.status())
                .as("refused for its words, whatever it accepts")
                .isEqualTo(400);
        assertThat(longFeedSearch.body().path("errors").findValuesAsString("field"))
                .contains("q");

        Map<String, Object> form = Forms.event("Nowhere", "2027-05-12T17:00:00", "2027-05-12T09:00:00");
        form.remove("place");
        form.remove("country");
        form.put("timeZone", "Mars/Olympus");
        form.put("link", "javascript:alert(1)");
        ApiClient.Response refused = api().post("/api/convening/events", nadia, form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsString("field"))
                .contains("timeZone", "link", "endsAfterItStarts");
        form.remove("link");
        assertThat(api().post("/api/convening/events", nadia, form)
                        .body()
                        .path("errors")
                        .findValuesAsString("field"))
                .contains("somewhere");
        assertThat(api().get("/api/convening/events/mine", nadia).body().findValuesAsString("title"))
                .doesNotContain("Nowhere");
    }

    @Test
    void onlyItsOwnerChangesAnEventAndNobodyFollowsOneThatIsNotPublic() {
        ApiClient.Response created = api().post(
                        "/api/convening/events",
                        nadia,
                        Forms.event("Draft seminar", "2027-06-01T09:00:00", "2027-06-01T12:00:00"));
        String id = created.text("id");
        String stranger = TestUsers.stakeholder("Stranger");
        assertThat(api().put(
                                "/api/convening/events/" + id,
                                stranger,
                                Forms.event("Mine", "2027-06-01T09:00:00", "2027-06-01T12:00:00"),
                                null)
                        .status())
                .isEqualTo(404);
        assertThat(api().put("/api/convening/calendar/event-" + id + "/follow", stranger, Map.of(), null)
                        .status())
                .isEqualTo(404);

        approve(id, nadia);
        assertThat(api().post("/api/convening/events/" + id + "/withdraw", stranger, null)
                        .status())
                .isEqualTo(403);
        assertThat(api().get("/api/convening/calendar/event-" + id, null).text("title"))
                .isEqualTo("Draft seminar");
    }

    @Test
    void aFollowerIsRemindedOnceBeforeTheEventStartsAndAgainWhenItMoves() {
        LocalDateTime soon = ZonedDateTime.now(ZoneOffset.UTC)
                .plusHours(3)
                .truncatedTo(ChronoUnit.HOURS)
                .toLocalDateTime();
        Map<String, Object> form = Forms.event(
                "Briefing on spectrum", soon.toString(), soon.plusHours(2).toString());
        form.put("timeZone", "UTC");
        String id = published(nadia, form);
        String key = "event-" + id;
        String omar = TestUsers.stakeholder("Omar");

        assertThat(api().put("/api/convening/calendar/" + key + "/follow", omar, Map.of(), null)
                        .status())
                .isEqualTo(204);
        assertThat(api().put("/api/convening/calendar/" + key + "/follow", omar, Map.of(), null)
                        .status())
                .isEqualTo(204);
        assertThat(api().get("/api/convening/calendar/following", omar).body().findValuesAsString("key"))
                .containsExactly(key);

        reminders.remindDue();
        reminders.remindDue();
        await().atMost(Duration.ofSeconds(30)).until(() -> !remindersOf(key).isEmpty());
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .until(() -> remindersOf(key).size() == 1);
        EventReminderDue reminder = remindersOf(key).getFirst();
        assertThat(reminder.follower().displayName()).isEqualTo("Omar");
        assertThat(reminder.startsAt()).isEqualTo(soon.toInstant(ZoneOffset.UTC));
        assertThat(reminder.title()).isEqualTo("Briefing on spectrum");

        Map<String, Object> later = Forms.event(
                "Briefing on spectrum",
                soon.plusHours(1).toString(),
                soon.plusHours(3).toString());
        later.put("timeZone", "UTC");
        api().put("/api/convening/events/" + id, nadia, later, null);
        approve(id, nadia);
        reminders.remindDue();
        await().atMost(Duration.ofSeconds(30)).until(() -> remindersOf(key).size() == 2);

        assertThat(api().delete("/api/convening/calendar/" + key + "/follow", omar)
                        .status())
                .isEqualTo(204);
        assertThat(api().get("/api/convening/calendar/following", omar).body().findValuesAsString("key"))
                .isEmpty();
    }

    private List<EventReminderDue> remindersOf(String key) {
        return topics.readAll(Topics.CONVENING).stream()
                .map(TopicProbe.Received::event)
                .filter(e -> e instanceof EventReminderDue r && r.entryKey().equals(key))
                .map(e -> (EventReminderDue) e)
                .toList();
    }

    private List<String> keys(String path) {
        ApiClient.Response page = api().get(path, null);
        assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
        return page.body().path("entries").findValuesAsString("key");
    }
}
