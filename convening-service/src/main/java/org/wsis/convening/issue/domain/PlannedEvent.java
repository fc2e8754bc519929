package org.wsis.convening.issue.domain;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An event a convenor plans about an issue: its local start and end in the time zone where it is held
 * (or where its organisers are, online), and where: online, or a place in a country.
 *
 * @param id names it among the issue's planned events for good, across revisions, so the calendar entry
 *     it is (its page, its iCalendar {@code UID}) stays the same when it is changed
 */
public record PlannedEvent(
        String id,
        Type type,
        String title,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        ZoneId timeZone,
        boolean online,
        @Nullable String place,
        @Nullable String country) {

    /** The kinds of event convenors hold. */
    public enum Type {
        WORKSHOP,
        SEMINAR,
        CONSULTATION,
        CONFERENCE
    }

    /** The key of the calendar entry it is while its issue is public. */
    public String calendarKey(String issueId) {
        return "issue-" + issueId + "-" + id;
    }

    public ZonedDateTime start() {
        return startsAt.atZone(timeZone);
    }

    public ZonedDateTime end() {
        return endsAt.atZone(timeZone);
    }
}
