package org.wsis.convening.programme.solver;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import java.util.Set;

/**
 * A room of a venue as the solver sees it: its seats, its interpretation booths (one per language
 * interpreted into), whether it can stream a hybrid session, whether it is step-free, and the slots (by
 * index) it cannot be used.
 */
public final class Room {

    private final String id;
    private final String name;
    private final int capacity;
    private final int booths;
    private final boolean streaming;
    private final boolean stepFree;
    private Set<Integer> closedSlots;

    public Room(
            String id,
            String name,
            int capacity,
            int booths,
            boolean streaming,
            boolean stepFree,
            Set<Integer> closedSlots) {
        this.id = id;
        this.name = name;
        this.capacity = capacity;
        this.booths = booths;
        this.streaming = streaming;
        this.stepFree = stepFree;
        this.closedSlots = Set.copyOf(closedSlots);
    }

    public String id() {
        return id;
    }

    /** Its id, by which a change made while solving finds the solver's working copy. */
    @PlanningId
    public String getId() {
        return id;
    }

    public String name() {
        return name;
    }

    public int capacity() {
        return capacity;
    }

    public int booths() {
        return booths;
    }

    public boolean streaming() {
        return streaming;
    }

    public boolean stepFree() {
        return stepFree;
    }

    public Set<Integer> closedSlots() {
        return closedSlots;
    }

    /** How many of the slots {@code from} (inclusive) to {@code to} (exclusive) the room is closed. */
    public int closedBetween(int from, int to) {
        int closed = 0;
        for (int slot = from; slot < to; slot++) {
            if (closedSlots.contains(slot)) {
                closed++;
            }
        }
        return closed;
    }

    /** Changed only through a problem change while solving, or before. */
    public void closedSlots(Set<Integer> slots) {
        this.closedSlots = Set.copyOf(slots);
    }

    @Override
    public String toString() {
        return name;
    }
}
