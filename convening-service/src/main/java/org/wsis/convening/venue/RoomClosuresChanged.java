package org.wsis.convening.venue;

import org.wsis.convening.venue.domain.Venue;

/** A room's closed slots changed (in this replica), for a programme being solved to take into account at once. */
public record RoomClosuresChanged(Venue venue, String roomId) {}
