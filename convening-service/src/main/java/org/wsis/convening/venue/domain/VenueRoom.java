package org.wsis.convening.venue.domain;

import java.util.List;

/**
 * A room of a venue: its seats, its interpretation booths (one per language interpreted into), whether it
 * can stream a hybrid session, whether it is step-free, and the slots it cannot be used.
 */
public record VenueRoom(
        String id, String name, int capacity, int booths, boolean streaming, boolean stepFree, List<SlotRef> closed) {

    public VenueRoom {
        closed = List.copyOf(closed);
    }

    public VenueRoom withClosed(List<SlotRef> slots) {
        return new VenueRoom(id, name, capacity, booths, streaming, stepFree, slots);
    }
}
