package org.wsis.prize.edition.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.prize.EditionPhaseChanged;
import org.wsis.contracts.prize.PrizeEvent;

/**
 * A yearly edition of the WSIS Prizes: its rules, its planned schedule and the phase it is in. Phases
 * move forward one at a time, by an admin; every move is announced.
 */
public final class Edition {

    private final int year;
    private final EditionRules rules;
    private final Map<Phase, LocalDate> schedule;
    private Phase phase;
    private final @Nullable Long version;
    private final List<PrizeEvent> pendingEvents = new ArrayList<>();

    private Edition(int year, EditionRules rules, Map<Phase, LocalDate> schedule, Phase phase, @Nullable Long version) {
        this.year = year;
        this.rules = rules;
        this.schedule = schedule.isEmpty() ? new EnumMap<>(Phase.class) : new EnumMap<>(schedule);
        this.phase = phase;
        this.version = version;
    }

    /**
     * A new edition in preparation. The schedule gives the planned first day of each phase from
     * submission on; the days must follow the phases' order.
     */
    public static Edition plan(int year, EditionRules rules, Map<Phase, LocalDate> schedule) {
        if (year < 2000 || year > 2100) {
            throw new PrizeRuleViolation("bad-year", "An edition's year is between 2000 and 2100.");
        }
        LocalDate previous = null;
        for (Phase p : Phase.values()) {
            LocalDate day = schedule.get(p);
            if (day == null) {
                continue;
            }
            if (previous != null && !day.isAfter(previous)) {
                throw new PrizeRuleViolation(
                        "schedule-out-of-order", "The schedule's " + p + " must start after the phase before it.");
            }
            previous = day;
        }
        return new Edition(year, rules, schedule, Phase.PREPARATION, null);
    }

    public static Edition restore(
            int year, EditionRules rules, Map<Phase, LocalDate> schedule, Phase phase, @Nullable Long version) {
        return new Edition(year, rules, schedule, phase, version);
    }

    /** Moves to {@code next}, which must be the phase right after the current one. */
    public void advanceTo(Phase next, Instant now) {
        if (phase.next().orElse(null) != next) {
            throw new PrizeRuleViolation(
                    "illegal-phase-move",
                    "The edition " + year + " is in " + phase + "; it can only move to "
                            + phase.next().map(Enum::name).orElse("no other phase") + ".");
        }
        phase = next;
        pendingEvents.add(new EditionPhaseChanged(UUID.randomUUID(), now, year, next.name()));
    }

    /** Refuses unless the edition is in {@code expected}. */
    public void requirePhase(Phase expected, String what) {
        if (phase != expected) {
            throw new PrizeRuleViolation(
                    "wrong-phase",
                    what + " only during " + expected + "; the edition " + year + " is in " + phase + ".");
        }
    }

    /**
     * Experts are assigned while the review can still use them: from the edition's preparation until the
     * expert review ends. Once the vote opens, the shortlist is final and a new assignment would change
     * nothing but the record.
     */
    public void requireExpertAssignmentOpen() {
        if (phase.compareTo(Phase.EXPERT_REVIEW) > 0) {
            throw new PrizeRuleViolation(
                    "wrong-phase",
                    "Experts are assigned until the expert review ends; the edition " + year + " is in " + phase + ".");
        }
    }

    /** Ballots are reviewed while they can still change the results: from the vote until publication. */
    public void requireBallotReviewOpen() {
        if (phase != Phase.VOTING && phase != Phase.SELECTION) {
            throw new PrizeRuleViolation(
                    "wrong-phase",
                    "Ballots are reviewed only during VOTING and SELECTION; the edition " + year + " is in " + phase
                            + ".");
        }
    }

    public int year() {
        return year;
    }

    public EditionRules rules() {
        return rules;
    }

    public Map<Phase, LocalDate> schedule() {
        return Map.copyOf(schedule);
    }

    public Phase phase() {
        return phase;
    }

    public @Nullable Long version() {
        return version;
    }

    public List<PrizeEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }
}
