package org.wsis.convening.programme.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntBiFunction;
import java.util.function.ToIntFunction;

/**
 * The rules of a programme, each once: its name, its level, its weight, how many points a workshop (or a
 * pair of workshops) loses by it and why, in words an admin can act on. {@link ProgrammeConstraints} gives
 * them to the solver; {@link ProgrammeReview} explains a programme by them.
 */
public final class ProgrammeRules {

    /** Hard: the programme is impossible. Medium: an announced workshop moved. Soft: it could be better. */
    public enum Level {
        HARD,
        MEDIUM,
        SOFT
    }

    /** A rule about one placed workshop; a penalty of 0 means it is kept. */
    public record Single(
            String name,
            Level level,
            int weight,
            ToIntFunction<ScheduledWorkshop> penalty,
            Function<ScheduledWorkshop, String> detail) {}

    /**
     * A rule about two placed workshops; {@code atOnce} when it only concerns workshops sharing a slot (the
     * solver then looks only at those pairs), {@code sameRoom} when only workshops in the same room.
     */
    public record Pair(
            String name,
            Level level,
            int weight,
            boolean atOnce,
            boolean sameRoom,
            ToIntBiFunction<ScheduledWorkshop, ScheduledWorkshop> penalty,
            BiFunction<ScheduledWorkshop, ScheduledWorkshop, String> detail) {}

    public static final String ROOM_TOO_SMALL = "Room too small";
    public static final String EQUIPMENT_MISSING = "Equipment missing";
    public static final String ROOM_CLOSED = "Room closed";
    public static final String PAST_DAY_END = "Runs past the end of the day";
    public static final String DAY_UNAVAILABLE = "A day its convenors cannot attend";
    public static final String ROOM_TWICE = "Room used twice at once";
    public static final String CONVENOR_TWICE = "Convenor in two workshops at once";
    public static final String ANNOUNCED_MOVED = "Announced workshop moved";
    public static final String RELATED_IN_PARALLEL = "Related themes in parallel";
    public static final String SEATS_EMPTY = "Seats left empty";
    public static final String NOT_PREFERRED_DAY = "Not on a preferred day";
    public static final String CONVENOR_DAYS_SPLIT = "A convenor's workshops on different days";

    public static final List<Single> SINGLES = List.of(
            new Single(
                    ROOM_TOO_SMALL,
                    Level.HARD,
                    1,
                    w -> Math.max(0, w.attendance() - seats(w)),
                    w -> w.attendance() + " expected, " + seats(w) + " seats in " + room(w).name()),
            new Single(EQUIPMENT_MISSING, Level.HARD, 1, ScheduledWorkshop::missingEquipment, ProgrammeRules::missing),
            new Single(
                    ROOM_CLOSED,
                    Level.HARD,
                    1,
                    ProgrammeRules::closed,
                    w -> room(w).name() + " is closed for " + closed(w) + " of its slots"),
            new Single(
                    PAST_DAY_END,
                    Level.HARD,
                    1,
                    w -> Math.max(0, w.length() - start(w).remaining()),
                    w -> w.length() + " slots from " + start(w) + ", " + start(w).remaining() + " left that day"),
            new Single(
                    DAY_UNAVAILABLE,
                    Level.HARD,
                    1,
                    w -> w.days().contains(w.day()) ? 0 : w.length(),
                    w -> "day " + (w.day() + 1)),
            new Single(
                    ANNOUNCED_MOVED,
                    Level.MEDIUM,
                    1,
                    w -> w.movedSinceAnnounced() ? 1 : 0,
                    w -> "its convenors were told another room or time"),
            new Single(
                    SEATS_EMPTY,
                    Level.SOFT,
                    1,
                    // a point per ten seats left empty, so a workshop takes the smallest room that fits
                    w -> Math.max(0, (seats(w) - w.attendance()) / 10),
                    w -> w.attendance() + " expected, " + seats(w) + " seats in " + room(w).name()),
            new Single(
                    NOT_PREFERRED_DAY,
                    Level.SOFT,
                    5,
                    w -> w.preferredDays().isEmpty() || w.preferredDays().contains(w.day()) ? 0 : 1,
                    w -> "day " + (w.day() + 1)));

    public static final List<Pair> PAIRS = List.of(
            new Pair(
                    ROOM_TWICE,
                    Level.HARD,
                    1,
                    true,
                    true,
                    (a, b) -> a.getRoom() == b.getRoom() ? a.overlap(b) : 0,
                    (a, b) -> room(a).name() + ", " + a.overlap(b) + " slots"),
            new Pair(
                    CONVENOR_TWICE,
                    Level.HARD,
                    1,
                    true,
                    false,
                    (a, b) -> a.sharesConvenorWith(b) ? a.overlap(b) : 0,
                    (a, b) -> "convenors " + shared(new TreeSet<>(a.convenors()), b.convenors())),
            new Pair(
                    RELATED_IN_PARALLEL,
                    Level.SOFT,
                    10,
                    true,
                    false,
                    (a, b) -> a.relatedTo(b) ? a.overlap(b) : 0,
                    (a, b) -> "themes " + shared(new TreeSet<>(a.themes()), b.themes())),
            new Pair(
                    CONVENOR_DAYS_SPLIT,
                    Level.SOFT,
                    5,
                    false,
                    false,
                    (a, b) -> a.sharesConvenorWith(b) && a.day() != b.day() ? 1 : 0,
                    (a, b) -> "convenors " + shared(new TreeSet<>(a.convenors()), b.convenors()) + " on days "
                            + (a.day() + 1) + " and " + (b.day() + 1)));

    private ProgrammeRules() {}

    private static Room room(ScheduledWorkshop w) {
        return Objects.requireNonNull(w.getRoom(), "not placed");
    }

    private static Slot start(ScheduledWorkshop w) {
        return Objects.requireNonNull(w.getStart(), "not placed");
    }

    private static int seats(ScheduledWorkshop w) {
        return room(w).capacity();
    }

    private static int closed(ScheduledWorkshop w) {
        return room(w).closedBetween(w.startIndex(), w.endIndex());
    }

    private static String missing(ScheduledWorkshop w) {
        Room r = room(w);
        List<String> missing = new ArrayList<>();
        if (w.booths() > r.booths()) {
            missing.add(w.booths() + " interpretation booths needed, " + r.booths() + " in " + r.name());
        }
        if (w.streaming() && !r.streaming()) {
            missing.add("streaming");
        }
        if (w.stepFree() && !r.stepFree()) {
            missing.add("step-free access");
        }
        return String.join("; ", missing);
    }

    private static String shared(TreeSet<String> a, java.util.Set<String> b) {
        a.retainAll(b);
        return String.join(", ", a);
    }
}
