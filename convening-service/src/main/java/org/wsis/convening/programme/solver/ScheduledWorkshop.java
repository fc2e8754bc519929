package org.wsis.convening.programme.solver;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A workshop to place: the solver chooses its {@link #getRoom()} and its first {@link #getStart()} slot; it then
 * runs {@link #length()} consecutive slots. What it needs and who convenes it are given. A pinned workshop
 * is never moved; an announced one (its room and start already sent to its convenors) costs a medium point
 * when it moves, so it moves only when it must.
 */
@PlanningEntity
public class ScheduledWorkshop {

    private String id = "";

    private String title = "";
    private Set<String> convenors = Set.of();
    private Set<String> themes = Set.of();
    private int attendance;
    private int length = 1;
    private int booths;
    private boolean streaming;
    private boolean stepFree;
    private Set<Integer> days = Set.of();
    private Set<Integer> preferredDays = Set.of();

    private boolean pinned;

    private @Nullable String announcedRoom;
    private @Nullable Integer announcedStart;

    private @Nullable Room room;

    private @Nullable Slot start;

    /** For the solver's cloning only. */
    public ScheduledWorkshop() {}

    /**
     * @param convenors the ids of the convenors taking part (none may be in two workshops at once)
     * @param themes the keys of its theme and related themes (two workshops sharing one should not run at once)
     * @param booths the languages it is interpreted into, one booth each
     * @param days the days (from 0) all its convenors can attend
     * @param preferredDays the days it would rather be on (empty: no preference)
     */
    public ScheduledWorkshop(
            String id,
            String title,
            Set<String> convenors,
            Set<String> themes,
            int attendance,
            int length,
            int booths,
            boolean streaming,
            boolean stepFree,
            Set<Integer> days,
            Set<Integer> preferredDays) {
        this.id = id;
        this.title = title;
        this.convenors = Set.copyOf(convenors);
        this.themes = Set.copyOf(themes);
        this.attendance = attendance;
        this.length = length;
        this.booths = booths;
        this.streaming = streaming;
        this.stepFree = stepFree;
        this.days = Set.copyOf(days);
        this.preferredDays = Set.copyOf(preferredDays);
    }

    @PlanningId
    public String getId() {
        return id;
    }

    public String title() {
        return title;
    }

    public Set<String> convenors() {
        return convenors;
    }

    public Set<String> themes() {
        return themes;
    }

    public int attendance() {
        return attendance;
    }

    public int length() {
        return length;
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

    public Set<Integer> days() {
        return days;
    }

    public Set<Integer> preferredDays() {
        return preferredDays;
    }

    @PlanningPin
    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public @Nullable String announcedRoom() {
        return announcedRoom;
    }

    public @Nullable Integer announcedStart() {
        return announcedStart;
    }

    /** Records where its convenors were told it is; {@code null} room: not announced. */
    public void announced(@Nullable String roomId, @Nullable Integer startIndex) {
        this.announcedRoom = roomId;
        this.announcedStart = startIndex;
    }

    @PlanningVariable
    public @Nullable Room getRoom() {
        return room;
    }

    public void setRoom(@Nullable Room room) {
        this.room = room;
    }

    @PlanningVariable
    public @Nullable Slot getStart() {
        return start;
    }

    public void setStart(@Nullable Slot start) {
        this.start = start;
    }

    /** Where it is placed: the first slot's index (only when placed). */
    public int startIndex() {
        return placedStart().index();
    }

    /** The index just after its last slot. */
    public int endIndex() {
        return placedStart().index() + length;
    }

    public int day() {
        return placedStart().day();
    }

    /** Whether it was announced and is no longer where its convenors were told. */
    public boolean movedSinceAnnounced() {
        return announcedRoom != null
                && ((!announcedRoom.equals(placedRoom().id())
                        || !Objects.equals(announcedStart, placedStart().index())));
    }

    public boolean sharesConvenorWith(ScheduledWorkshop other) {
        return !Collections.disjoint(convenors, other.convenors);
    }

    public boolean relatedTo(ScheduledWorkshop other) {
        return !Collections.disjoint(themes, other.themes);
    }

    /** How many slots two placed workshops share. */
    public int overlap(ScheduledWorkshop other) {
        return Math.max(0, Math.min(endIndex(), other.endIndex()) - Math.max(startIndex(), other.startIndex()));
    }

    /** The equipment it needs that its room lacks: missing booths, then streaming, then step-free access. */
    public int missingEquipment() {
        Room r = placedRoom();
        return Math.max(0, booths - r.booths())
                + (streaming && !r.streaming() ? 1 : 0)
                + (stepFree && !r.stepFree() ? 1 : 0);
    }

    @Override
    public String toString() {
        return title;
    }

    private Room placedRoom() {
        return Objects.requireNonNull(room, "not placed");
    }

    private Slot placedStart() {
        return Objects.requireNonNull(start, "not placed");
    }
}
