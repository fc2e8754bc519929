package org.wsis.convening.issue.domain;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An event a convenor plans about an issue: its local start and end in the time zone where it is held
 * (or where its organisers are, online), and where: online, or a place in a country.
 */
public record PlannedEvent(
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

    public ZonedDateTime start() {
        return startsAt.atZone(timeZone);
    }

    public ZonedDateTime end() {
        return endsAt.atZone(timeZone);
    }
}
