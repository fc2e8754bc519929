package org.wsis.convening.programme.domain;

import org.wsis.convening.venue.domain.SlotRef;

/** Where a workshop is in a programme: its room and first slot; a pinned one is never moved by the solver. */
public record Placement(String workshopId, String roomId, SlotRef start, boolean pinned) {

    public boolean samePlaceAs(Announcement announced) {
        return roomId.equals(announced.roomId()) && start.equals(announced.start());
    }
}
