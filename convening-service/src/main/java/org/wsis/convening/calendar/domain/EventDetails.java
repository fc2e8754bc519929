package org.wsis.convening.calendar.domain;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.reference.Countries;
import org.wsis.contracts.reference.ItuRegion;

/**
 * An event as its organiser lists it in the global calendar: local start and end in the time zone it is
 * held in (where its organisers are, for an event online), and where: a link to join online, a place in a
 * country, or both for a hybrid event.
 *
 * @param organiser who holds it, as the public should read it
 * @param link where to join online, when it can be joined online
 * @param place where it is held, when it is held somewhere
 * @param country ISO 3166-1 alpha-2 of the place (the ITU region is derived from it)
 * @param language the language it is held in, one of the six UN languages
 */
public record EventDetails(
        String title,
        EventType type,
        String organiser,
        String description,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        ZoneId timeZone,
        @Nullable String link,
        @Nullable String place,
        @Nullable String country,
        String language,
        List<ActionLine> actionLines,
        List<Integer> sdgs) {

    public EventDetails {
        actionLines = List.copyOf(actionLines);
        sdgs = List.copyOf(sdgs);
    }

    public ZonedDateTime start() {
        return startsAt.atZone(timeZone);
    }

    public ZonedDateTime end() {
        return endsAt.atZone(timeZone);
    }

    /** Joined online (perhaps as well as in a place). */
    public boolean online() {
        return link != null;
    }

    public @Nullable ItuRegion region() {
        return country == null
                ? null
                : Countries.byCode(country).map(Countries.Country::region).orElse(null);
    }
}
