package org.wsis.convening.programme.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProgrammeSolverTest {

    private final ProgrammeSolver solver = new ProgrammeSolver(Duration.ofSeconds(6), Duration.ofSeconds(2));

    @Test
    void aSmallWeekMeetsEveryHardRuleByAnIndependentCheck() {
        Programme problem = ProgrammeInstances.generate(7, 40, 6, 3, 4, 60);

        Programme solved = solver.solve(problem);

        assertThat(ProgrammeCheck.hardBreaches(solved)).isEmpty();
        var explanation = ProgrammeReview.explain(solved);
        assertThat(explanation.feasible()).isTrue();
        assertThat(explanation.score()).isEqualTo(solver.score(solved));
    }

    @Test
    void theExplanationNamesTheWorkshopsOfEveryBrokenRule() {
        Programme problem = ProgrammeInstances.generate(7, 4, 2, 1, 2, 4);
        Room small = problem.getRooms().get(1);
        Slot first = problem.getSlots().get(0);
        for (ScheduledWorkshop w : problem.getWorkshops()) {
            w.setRoom(small);
            w.setStart(first);
        }

        var explanation = ProgrammeReview.explain(problem);

        assertThat(explanation.feasible()).isFalse();
        var roomTwice = explanation.breaches().stream()
                .filter(b -> b.rule().equals(ProgrammeRules.ROOM_TWICE))
                .findFirst()
                .orElseThrow();
        assertThat(roomTwice.level()).isEqualTo(ProgrammeRules.Level.HARD);
        assertThat(roomTwice.matches()).hasSize(6); // 4 workshops in one room at once: 6 pairs
        assertThat(roomTwice.matches().getFirst().detail()).contains(small.name());
        assertThat(explanation.breaches().getFirst().level()).isEqualTo(ProgrammeRules.Level.HARD);
        assertThat(explanation.score()).isEqualTo(solver.score(problem));
    }

    @Test
    void aRoomClosingMovesTheWorkshopsInItAndKeepsThePinnedAndTheAnnouncedOnes() {
        Programme first = solver.solve(ProgrammeInstances.generate(11, 30, 6, 3, 4, 60));
        assertThat(ProgrammeCheck.hardBreaches(first)).isEmpty();
        Map<String, String> before = places(first);
        for (ScheduledWorkshop w : first.getWorkshops()) {
            w.announced(Objects.requireNonNull(w.getRoom()).id(), w.startIndex());
        }
        Room closing = first.getRooms().get(2);
        ScheduledWorkshop pinnedElsewhere = first.getWorkshops().stream()
                .filter(w -> w.getRoom() != closing)
                .findFirst()
                .orElseThrow();
        pinnedElsewhere.setPinned(true);
        Set<Integer> dayOne = first.getSlots().stream()
                .filter(s -> s.day() == 0)
                .map(Slot::index)
                .collect(Collectors.toSet());

        List<ScheduledWorkshop> displaced = ProgrammeSolver.closeRoom(first, closing.id(), dayOne);
        Programme second = solver.solve(first);

        assertThat(displaced).isNotEmpty();
        assertThat(ProgrammeCheck.hardBreaches(second)).isEmpty();
        Map<String, String> after = places(second);
        assertThat(after.get(pinnedElsewhere.getId())).isEqualTo(before.get(pinnedElsewhere.getId()));
        Set<String> displacedIds =
                displaced.stream().map(ScheduledWorkshop::getId).collect(Collectors.toSet());
        long othersMoved = before.keySet().stream()
                .filter(id -> !displacedIds.contains(id) && !before.get(id).equals(after.get(id)))
                .count();
        assertThat(othersMoved)
                .as("workshops moved that were not in the closed room")
                .isLessThanOrEqualTo(3);
    }

    @Test
    void theReviewCountsTheScoreAsTheSolverDoesOnAnyPlacement() {
        Programme problem = ProgrammeInstances.generate(3, 60, 5, 2, 4, 30);
        var random = new java.util.Random(5);
        for (ScheduledWorkshop w : problem.getWorkshops()) {
            w.setRoom(problem.getRooms().get(random.nextInt(problem.getRooms().size())));
            w.setStart(problem.getSlots().get(random.nextInt(problem.getSlots().size())));
            w.announced(random.nextBoolean() ? "room-0" : null, 0);
        }

        var explanation = ProgrammeReview.explain(problem);

        assertThat(explanation.score()).isEqualTo(solver.score(problem));
        assertThat(explanation.breaches())
                .extracting(ProgrammeReview.Breach::rule)
                .contains(ProgrammeRules.ROOM_TWICE, ProgrammeRules.CONVENOR_TWICE, ProgrammeRules.ANNOUNCED_MOVED);
    }

    private static Map<String, String> places(Programme programme) {
        Map<String, String> places = new HashMap<>();
        for (ScheduledWorkshop w : programme.getWorkshops()) {
            places.put(w.getId(), Objects.requireNonNull(w.getRoom()).id() + "@" + w.startIndex());
        }
        return places;
    }
}
