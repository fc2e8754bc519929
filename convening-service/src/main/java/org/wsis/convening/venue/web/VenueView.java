package org.wsis.convening.venue.web;

import java.time.LocalDate;
import java.util.List;
import org.wsis.convening.venue.domain.Venue;

/** A venue as everybody reads it: its days, slots (with their times), rooms and rule. */
public record VenueView(
        String id,
        String name,
        int year,
        String timeZone,
        List<LocalDate> days,
        List<VenueRequest.Slot> slots,
        List<VenueRequest.Room> rooms,
        int minConvenors,
        int minStakeholderTypes,
        long version) {

    public static VenueView of(Venue v) {
        return new VenueView(
                v.id(),
                v.name(),
                v.year(),
                v.timeZone().getId(),
                v.days(),
                v.slots().stream()
                        .map(s -> new VenueRequest.Slot(s.start(), s.end()))
                        .toList(),
                v.rooms().stream()
                        .map(r -> new VenueRequest.Room(
                                r.id(),
                                r.name(),
                                r.capacity(),
                                r.booths(),
                                r.streaming(),
                                r.stepFree(),
                                r.closed().stream()
                                        .map(c -> new VenueRequest.Closure(c.day(), c.slot()))
                                        .toList()))
                        .toList(),
                v.rule().minConvenors(),
                v.rule().minStakeholderTypes(),
                v.version() == null ? 0 : v.version());
    }
}
