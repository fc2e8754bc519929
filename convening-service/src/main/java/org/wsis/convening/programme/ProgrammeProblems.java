package org.wsis.convening.programme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.wsis.convening.programme.domain.Announcement;
import org.wsis.convening.programme.domain.Placement;
import org.wsis.convening.programme.domain.VenueProgramme;
import org.wsis.convening.programme.solver.Programme;
import org.wsis.convening.programme.solver.Room;
import org.wsis.convening.programme.solver.ScheduledWorkshop;
import org.wsis.convening.programme.solver.Slot;
import org.wsis.convening.venue.domain.Venue;
import org.wsis.convening.venue.domain.VenueRoom;
import org.wsis.convening.workshop.domain.Workshop;
import org.wsis.convening.workshop.domain.WorkshopDetails;

/**
 * A venue's programme as the solver's problem, and back. Each accepted workshop starts where the draft
 * places it (pinned or not) unless that place no longer exists or its room is now closed then: such a
 * workshop, and a new one, starts unplaced. Each announced workshop carries where it was announced.
 * Workshops are related (better not at the same time) when they share a theme's name or an issue.
 */
final class ProgrammeProblems {

    private ProgrammeProblems() {}

    static Programme problem(Venue venue, List<Workshop> accepted, VenueProgramme draft) {
        List<Slot> slots = new ArrayList<>();
        for (int day = 0; day < venue.days().size(); day++) {
            for (int period = 0; period < venue.slotsPerDay(); period++) {
                slots.add(new Slot(slots.size(), day, period, venue.slotsPerDay() - period));
            }
        }
        Map<String, Room> rooms = new HashMap<>();
        List<Room> roomList = new ArrayList<>();
        for (VenueRoom r : venue.rooms()) {
            Set<Integer> closed =
                    r.closed().stream().map(venue::index).filter(i -> i >= 0).collect(Collectors.toSet());
            Room room = new Room(r.id(), r.name(), r.capacity(), r.booths(), r.streaming(), r.stepFree(), closed);
            rooms.put(r.id(), room);
            roomList.add(room);
        }
        List<ScheduledWorkshop> workshops = new ArrayList<>();
        for (Workshop w : accepted) {
            WorkshopDetails d = w.details();
            Set<String> themes = new HashSet<>();
            themes.add("theme:" + d.theme().strip().toLowerCase(Locale.ROOT));
            d.issueIds().forEach(issue -> themes.add("issue:" + issue));
            ScheduledWorkshop scheduled = new ScheduledWorkshop(
                    w.id(),
                    d.title(),
                    Set.copyOf(w.convenorIds()),
                    themes,
                    d.attendance(),
                    d.length(),
                    d.interpretation().size(),
                    d.hybrid(),
                    d.stepFree(),
                    dayIndexes(venue, d.days()),
                    dayIndexes(venue, d.preferredDays()));
            draft.placement(w.id()).ifPresent(p -> place(scheduled, p, venue, rooms, slots));
            draft.announcement(w.id()).ifPresent(a -> announce(scheduled, a, venue));
            workshops.add(scheduled);
        }
        return new Programme(slots, roomList, workshops);
    }

    /** The placed workshops of a solved programme, as the draft keeps them. */
    static List<Placement> placements(Programme solved, Venue venue) {
        List<Placement> placements = new ArrayList<>();
        for (ScheduledWorkshop w : solved.getWorkshops()) {
            if (w.getRoom() != null && w.getStart() != null) {
                placements.add(new Placement(w.getId(), w.getRoom().id(), venue.ref(w.startIndex()), w.isPinned()));
            }
        }
        return placements;
    }

    private static void place(
            ScheduledWorkshop w, Placement p, Venue venue, Map<String, Room> rooms, List<Slot> slots) {
        Room room = rooms.get(p.roomId());
        int start = venue.index(p.start());
        if (room == null || start < 0 || room.closedBetween(start, start + w.length()) > 0) {
            return;
        }
        w.setRoom(room);
        w.setStart(slots.get(start));
        w.setPinned(p.pinned());
    }

    private static void announce(ScheduledWorkshop w, Announcement a, Venue venue) {
        int start = venue.index(a.start());
        w.announced(a.roomId(), start < 0 ? -1 : start);
    }

    private static Set<Integer> dayIndexes(Venue venue, List<java.time.LocalDate> days) {
        return days.stream()
                .map(day -> venue.days().indexOf(day))
                .filter(i -> i >= 0)
                .collect(Collectors.toSet());
    }
}
