package org.wsis.convening.calendar;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wsis.convening.calendar.domain.EventType;

/**
 * One public event of the global calendar: an event a stakeholder listed, or one a convenor plans about a
 * public issue. Its {@code key} names it for good (its page, its {@code .ics}, its iCalendar {@code UID});
 * {@code sequence} grows with each approved revision of what it comes from, so calendar clients replace the
 * copy they hold.
 *
 * @param key {@code event-<id>} for a listed event, {@code issue-<issue id>-<planned event id>} for a
 *     convenor's planned event, {@code workshop-<id>} for a workshop of a published programme
 * @param source what it comes from: the listed event, or the issue
 * @param sourceId the event's or the issue's id
 * @param convenorId the convenor whose issue it is about, for a planned event
 * @param start the start in the time zone it is held in
 * @param end the end in the same time zone
 * @param online whether it can be joined online
 * @param link where to join online, when it can be and the link is public
 * @param place where it is held, when it is held somewhere
 * @param region the ITU region of its country
 * @param language the language it is held in, when known
 * @param publishedAt when it was first published
 * @param modifiedAt when its current revision was approved or written
 */
public record CalendarEntry(
        String key,
        Source source,
        String sourceId,
        @Nullable String convenorId,
        int sequence,
        String title,
        EventType type,
        String organiser,
        String description,
        ZonedDateTime start,
        ZonedDateTime end,
        boolean online,
        @Nullable String link,
        @Nullable String place,
        @Nullable String country,
        @Nullable String region,
        @Nullable String language,
        List<String> actionLines,
        List<Integer> sdgs,
        Instant publishedAt,
        Instant modifiedAt) {

    /** Where a calendar entry comes from. */
    public enum Source {
        /** An event a stakeholder listed in the calendar. */
        EVENT,
        /** An event a convenor plans about one of its issues. */
        ISSUE,
        /** A workshop of a venue's published programme. */
        WORKSHOP
    }

    public CalendarEntry {
        actionLines = List.copyOf(actionLines);
        sdgs = List.copyOf(sdgs);
    }

    /** The iCalendar {@code UID}: the same for every revision of the entry, and unlike any other calendar's. */
    public String uid() {
        return key + "@calendar.wsis.itu";
    }
}
