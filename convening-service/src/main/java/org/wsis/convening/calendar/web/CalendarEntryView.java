package org.wsis.convening.calendar.web;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wsis.convening.calendar.CalendarEntry;

/**
 * A public calendar entry as answered: its times as the organiser wrote them (local, with the IANA zone),
 * and the same instants with their offset, so that a reader anywhere shows them in their own zone.
 *
 * @param ics where its iCalendar form is downloaded
 */
public record CalendarEntryView(
        String key,
        String uid,
        int sequence,
        String source,
        String sourceId,
        @Nullable String convenorId,
        String title,
        String type,
        String organiser,
        String description,
        String startsAt,
        String endsAt,
        String timeZone,
        OffsetDateTime start,
        OffsetDateTime end,
        boolean online,
        @Nullable String link,
        @Nullable String place,
        @Nullable String country,
        @Nullable String region,
        @Nullable String language,
        List<String> actionLines,
        List<Integer> sdgs,
        String ics) {

    static CalendarEntryView of(CalendarEntry e) {
        return new CalendarEntryView(
                e.key(),
                e.uid(),
                e.sequence(),
                e.source().name(),
                e.sourceId(),
                e.convenorId(),
                e.title(),
                e.type().name(),
                e.organiser(),
                e.description(),
                e.start().toLocalDateTime().toString(),
                e.end().toLocalDateTime().toString(),
                e.start().getZone().getId(),
                e.start().toOffsetDateTime(),
                e.end().toOffsetDateTime(),
                e.online(),
                e.link(),
                e.place(),
                e.country(),
                e.region(),
                e.language(),
                e.actionLines(),
                e.sdgs(),
                "/api/convening/calendar/" + e.key() + ".ics");
    }
}
