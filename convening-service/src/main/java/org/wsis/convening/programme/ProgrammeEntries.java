package org.wsis.convening.programme;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.wsis.convening.calendar.CalendarEntry;
import org.wsis.convening.calendar.domain.EventType;
import org.wsis.convening.programme.domain.Announcement;
import org.wsis.convening.venue.domain.Venue;
import org.wsis.convening.venue.domain.VenueRoom;
import org.wsis.convening.workshop.domain.Invitation;
import org.wsis.convening.workshop.domain.Workshop;
import org.wsis.convening.workshop.domain.WorkshopDetails;

/** The workshops of a published programme, each in its announced room and time, in order of time then room. */
public final class ProgrammeEntries {

    /** A workshop of the published programme where it was announced. */
    public record Entry(
            Workshop workshop,
            VenueRoom room,
            Announcement announcement,
            ZonedDateTime start,
            ZonedDateTime end,
            List<String> convenors) {

        public WorkshopDetails details() {
            return workshop.details();
        }

        /** Its calendar entry: {@code workshop-<id>}, one {@code SEQUENCE} more for each place announced. */
        public CalendarEntry calendarEntry(Venue venue) {
            WorkshopDetails d = details();
            return new CalendarEntry(
                    "workshop-" + workshop.id(),
                    CalendarEntry.Source.WORKSHOP,
                    workshop.id(),
                    workshop.state().convenorId(),
                    announcement.sequence(),
                    d.title(),
                    EventType.WORKSHOP,
                    String.join(", ", convenors),
                    d.description(),
                    start,
                    end,
                    d.hybrid(),
                    null,
                    room.name() + ", " + venue.name(),
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    announcement.firstAnnouncedAt(),
                    announcement.announcedAt());
        }
    }

    private ProgrammeEntries() {}

    public static List<Entry> of(ProgrammeService.Published published) {
        Venue venue = published.venue();
        Map<String, Workshop> workshops =
                published.workshops().stream().collect(Collectors.toMap(Workshop::id, Function.identity()));
        List<Entry> entries = new ArrayList<>();
        for (Announcement a : published.programme().announced()) {
            Workshop w = workshops.get(a.workshopId());
            int start = venue.index(a.start());
            VenueRoom room = venue.room(a.roomId()).orElse(null);
            if (w == null || start < 0 || room == null) {
                continue;
            }
            List<String> convenors = new ArrayList<>();
            convenors.add(w.state().convenor());
            w.invitations().stream()
                    .filter(Invitation::accepted)
                    .map(Invitation::convenor)
                    .forEach(convenors::add);
            entries.add(new Entry(
                    w,
                    room,
                    a,
                    venue.startOf(start),
                    venue.endOfRun(start, w.details().length()),
                    List.copyOf(convenors)));
        }
        entries.sort(Comparator.comparing((Entry e) -> e.start().toInstant())
                .thenComparing(e -> venue.rooms().indexOf(e.room())));
        return entries;
    }
}
