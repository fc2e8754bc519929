package org.wsis.convening.programme.solver;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A venue's programme as a planning problem: its slots and rooms, and the workshops to place in them. */
@PlanningSolution
public class Programme {

    private List<Slot> slots = new ArrayList<>();

    private List<Room> rooms = new ArrayList<>();

    private List<ScheduledWorkshop> workshops = new ArrayList<>();

    private @Nullable HardMediumSoftScore score;

    /** For the solver's cloning only. */
    public Programme() {}

    public Programme(List<Slot> slots, List<Room> rooms, List<ScheduledWorkshop> workshops) {
        this.slots = new ArrayList<>(slots);
        this.rooms = new ArrayList<>(rooms);
        this.workshops = new ArrayList<>(workshops);
    }

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    public List<Slot> getSlots() {
        return slots;
    }

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    public List<Room> getRooms() {
        return rooms;
    }

    @PlanningEntityCollectionProperty
    public List<ScheduledWorkshop> getWorkshops() {
        return workshops;
    }

    @PlanningScore
    public @Nullable HardMediumSoftScore getScore() {
        return score;
    }

    public void setWorkshops(List<ScheduledWorkshop> workshops) {
        this.workshops = workshops;
    }

    public void setSlots(List<Slot> slots) {
        this.slots = slots;
    }

    public void setRooms(List<Room> rooms) {
        this.rooms = rooms;
    }

    public void setScore(@Nullable HardMediumSoftScore score) {
        this.score = score;
    }
}
