package org.wsis.convening.calendar.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wsis.convening.calendar.CalendarEntries;
import org.wsis.convening.calendar.domain.CalendarEvent;
import org.wsis.convening.calendar.domain.EventDetails;
import org.wsis.convening.publication.domain.Publication;

/**
 * A listed event as answered: the published revision to the public, the working one to its owner and to
 * moderators. Times are given as written (local, with the zone) and as instants with their offset.
 *
 * @param calendarKey the key of its calendar entry once published (its page and its {@code .ics})
 */
public record EventView(
        String id,
        String calendarKey,
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
        String language,
        List<String> actionLines,
        List<Integer> sdgs,
        String status,
        int revision,
        int publishedRevision,
        @Nullable String messageFromModerator,
        @Nullable Instant publishedAt) {

    public static EventView forPublic(CalendarEvent event) {
        Publication<EventDetails> p = event.publication();
        return of(event, p.publicDetails().orElseThrow(), "PUBLISHED", p.publishedRevision(), null);
    }

    public static EventView forOwner(CalendarEvent event) {
        Publication<EventDetails> p = event.publication();
        return of(event, p.working(), p.status().name(), p.revision(), p.messageFromModerator());
    }

    private static EventView of(
            CalendarEvent event, EventDetails d, String status, int revision, @Nullable String message) {
        Publication<EventDetails> p = event.publication();
        return new EventView(
                event.id(),
                CalendarEntries.eventKey(event.id()),
                d.title(),
                d.type().name(),
                d.organiser(),
                d.description(),
                d.startsAt().toString(),
                d.endsAt().toString(),
                d.timeZone().getId(),
                d.start().toOffsetDateTime(),
                d.end().toOffsetDateTime(),
                d.online(),
                d.link(),
                d.place(),
                d.country(),
                d.region() == null ? null : d.region().name(),
                d.language(),
                d.actionLines().stream().map(Enum::name).toList(),
                d.sdgs(),
                status,
                revision,
                p.publishedRevision(),
                message,
                p.publishedAt());
    }
}
