package org.wsis.convening.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.wsis.convening.calendar.domain.EventType;

/** The iCalendar form of calendar entries, parsed back and validated by the library. */
class ICalendarsTest {

    private final ICalendars icalendars = new ICalendars(new PortalSettings(URI.create("https://wsis.example.org")));

    private static CalendarEntry entry(String key, String title, String description, ZoneId zone) {
        ZonedDateTime start = LocalDateTime.parse("2027-05-12T09:00").atZone(zone);
        return new CalendarEntry(
                key,
                CalendarEntry.Source.EVENT,
                key,
                null,
                1,
                title,
                EventType.CONSULTATION,
                "Organiser",
                description,
                start,
                start.plusHours(3),
                false,
                null,
                "Geneva",
                "CH",
                "EUR",
                "en",
                List.of("C2"),
                List.of(9),
                Instant.parse("2027-01-01T00:00:00Z"),
                Instant.parse("2027-01-02T00:00:00Z"));
    }

    private static net.fortuna.ical4j.model.Calendar parse(String ics) throws Exception {
        net.fortuna.ical4j.model.Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        return calendar;
    }

    @Test
    void whatPeopleWriteCannotAddLinesToTheFeed() throws Exception {
        String ics = icalendars.calendar(
                "WSIS events",
                List.of(entry("event-a", "Launch\rBEGIN:VEVENT", "First line\r\nEND:VEVENT\u0007", ZoneId.of("UTC"))));

        var calendar = parse(ics);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().getSummary().getValue()).isEqualTo("Launch\nBEGIN:VEVENT");
        assertThat(ics).doesNotContain("\u0007");
        assertThat(ics.lines().filter(line -> line.equals("BEGIN:VEVENT"))).hasSize(1);
        assertThat(ics.lines().filter(line -> line.equals("END:VEVENT"))).hasSize(1);
    }

    @Test
    void anEntryInAnyZoneOfThePlatformReadsBackAtTheSameInstant() throws Exception {
        List<String> wrong = new ArrayList<>();
        // Every zone a person may choose (the JDK's; a library's own registered names are not offered).
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (id.contains("~")) {
                continue;
            }
            ZoneId zone = ZoneId.of(id);
            CalendarEntry entry = entry("event-z", "In " + id, "Somewhere", zone);
            VEvent event = parse(icalendars.calendar(id, List.of(entry)))
                    .<VEvent>getComponents("VEVENT")
                    .getFirst();
            Instant read = Instant.from(event.getStartDate().orElseThrow().getDate());
            if (!read.equals(entry.start().toInstant())) {
                wrong.add(id + " read as " + read);
            }
        }
        assertThat(wrong).isEmpty();
    }
}
