package org.wsis.convening.calendar;

import java.util.List;
import org.wsis.convening.calendar.domain.CalendarEvent;
import org.wsis.convening.calendar.domain.EventDetails;
import org.wsis.convening.publication.domain.Publication;

/** What the calendar holds of a listed event: its published revision while it is public, else nothing. */
public final class CalendarEntries {

    private CalendarEntries() {}

    public static String eventKey(String eventId) {
        return "event-" + eventId;
    }

    public static List<CalendarEntry> ofEvent(CalendarEvent event) {
        Publication<EventDetails> p = event.publication();
        return p.publicDetails()
                .map(d -> List.of(new CalendarEntry(
                        eventKey(event.id()),
                        CalendarEntry.Source.EVENT,
                        event.id(),
                        null,
                        p.publishedRevision(),
                        d.title(),
                        d.type(),
                        d.organiser(),
                        d.description(),
                        d.start(),
                        d.end(),
                        d.online(),
                        d.link(),
                        d.place(),
                        d.country(),
                        d.region() == null ? null : d.region().name(),
                        d.language(),
                        d.actionLines().stream().map(Enum::name).toList(),
                        d.sdgs(),
                        p.publishedAt() == null ? event.updatedAt() : p.publishedAt(),
                        event.updatedAt())))
                .orElse(List.of());
    }
}
