package org.wsis.convening.programme.solver;

/**
 * One time slot of a venue: its place in the whole programme ({@code index}, from 0), its day (from 0), its
 * period in that day (from 0), and how many slots of its day start here or later ({@code remaining}).
 */
public record Slot(int index, int day, int period, int remaining) {

    @Override
    public String toString() {
        return "day " + (day + 1) + " slot " + (period + 1);
    }
}
