package org.wsis.convening.programme.solver;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a programme's hard rules from its data alone, written apart from the solver's constraints so that a
 * mistake in them is not repeated here. Returns one line per rule broken.
 */
public final class ProgrammeCheck {

    private ProgrammeCheck() {}

    public static List<String> hardBreaches(Programme programme) {
        List<String> breaches = new ArrayList<>();
        int slots = programme.getSlots().size();
        // who and what occupies each room and each convenor, slot by slot
        var rooms = new java.util.HashMap<String, String[]>();
        var convenors = new java.util.HashMap<String, String[]>();
        for (ScheduledWorkshop w : programme.getWorkshops()) {
            Room room = w.getRoom();
            Slot start = w.getStart();
            if (room == null || start == null) {
                breaches.add(w.getId() + " is not placed");
                continue;
            }
            if (room.capacity() < w.attendance()) {
                breaches.add(w.getId() + ": " + w.attendance() + " people in " + room.capacity() + " seats");
            }
            if (room.booths() < w.booths()) {
                breaches.add(w.getId() + ": needs " + w.booths() + " booths, " + room.name() + " has " + room.booths());
            }
            if (w.streaming() && !room.streaming()) {
                breaches.add(w.getId() + ": needs streaming");
            }
            if (w.stepFree() && !room.stepFree()) {
                breaches.add(w.getId() + ": needs step-free access");
            }
            if (!w.days().contains(start.day())) {
                breaches.add(w.getId() + ": on day " + start.day() + ", its convenors can attend " + w.days());
            }
            Set<Integer> daysCovered = new HashSet<>();
            for (int i = start.index(); i < start.index() + w.length(); i++) {
                if (i >= slots) {
                    breaches.add(w.getId() + ": runs past the last slot");
                    break;
                }
                Slot slot = programme.getSlots().get(i);
                daysCovered.add(slot.day());
                if (room.closedSlots().contains(i)) {
                    breaches.add(w.getId() + ": " + room.name() + " closed at " + slot);
                }
                String[] roomUse = rooms.computeIfAbsent(room.id(), r -> new String[slots]);
                if (roomUse[i] != null) {
                    breaches.add(w.getId() + " and " + roomUse[i] + " both in " + room.name() + " at " + slot);
                }
                roomUse[i] = w.getId();
                for (String convenor : w.convenors()) {
                    String[] busy = convenors.computeIfAbsent(convenor, c -> new String[slots]);
                    if (busy[i] != null) {
                        breaches.add(convenor + " in " + w.getId() + " and " + busy[i] + " at " + slot);
                    }
                    busy[i] = w.getId();
                }
            }
            if (daysCovered.size() > 1) {
                breaches.add(w.getId() + ": runs over two days");
            }
        }
        return breaches;
    }
}
