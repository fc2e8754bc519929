package org.wsis.convening.programme.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A programme explained rule by rule, for the admins' board: its score and, for each rule it breaks, the
 * points lost and each breach with the workshops concerned. It reads {@link ProgrammeRules} as the solver
 * does (the solver's own score analysis is not part of the open-source edition), so both agree on the
 * score; workshops not placed yet are left out of every rule, as the solver leaves them.
 */
public final class ProgrammeReview {

    /** A rule a programme breaks: its level, its points lost and why, breach by breach. */
    public record Breach(String rule, ProgrammeRules.Level level, long points, List<Broken> matches) {}

    /** A programme's score and each rule it breaks, hard ones first, then by points lost. */
    public record Explanation(HardMediumSoftScore score, int unplaced, List<Breach> breaches) {

        public boolean feasible() {
            return unplaced == 0 && score.isFeasible();
        }
    }

    private ProgrammeReview() {}

    public static Explanation explain(Programme programme) {
        List<ScheduledWorkshop> placed = programme.getWorkshops().stream()
                .filter(w -> w.getRoom() != null && w.getStart() != null)
                .toList();
        Map<String, Breach> breaches = new LinkedHashMap<>();
        HardMediumSoftScore score = HardMediumSoftScore.ZERO;
        for (ProgrammeRules.Single rule : ProgrammeRules.SINGLES) {
            for (ScheduledWorkshop w : placed) {
                int penalty = rule.penalty().applyAsInt(w);
                if (penalty > 0) {
                    score = score.subtract(ProgrammeConstraints.weight(rule.level(), rule.weight())
                            .multiply(penalty));
                    add(
                            breaches,
                            rule.name(),
                            rule.level(),
                            (long) rule.weight() * penalty,
                            new Broken(List.of(w.getId()), rule.detail().apply(w)));
                }
            }
        }
        for (ProgrammeRules.Pair rule : ProgrammeRules.PAIRS) {
            for (int i = 0; i < placed.size(); i++) {
                for (int j = i + 1; j < placed.size(); j++) {
                    ScheduledWorkshop a = placed.get(i);
                    ScheduledWorkshop b = placed.get(j);
                    int penalty = rule.penalty().applyAsInt(a, b);
                    if (penalty > 0) {
                        score = score.subtract(ProgrammeConstraints.weight(rule.level(), rule.weight())
                                .multiply(penalty));
                        add(
                                breaches,
                                rule.name(),
                                rule.level(),
                                (long) rule.weight() * penalty,
                                new Broken(
                                        List.of(a.getId(), b.getId()),
                                        rule.detail().apply(a, b)));
                    }
                }
            }
        }
        List<Breach> sorted = new ArrayList<>(breaches.values());
        sorted.sort(Comparator.comparing(Breach::level).thenComparing(Breach::points, Comparator.reverseOrder()));
        return new Explanation(score, programme.getWorkshops().size() - placed.size(), List.copyOf(sorted));
    }

    private static void add(
            Map<String, Breach> breaches, String rule, ProgrammeRules.Level level, long points, Broken broken) {
        Breach before = breaches.get(rule);
        List<Broken> matches = new ArrayList<>(before == null ? List.of() : before.matches());
        matches.add(broken);
        breaches.put(rule, new Breach(rule, level, (before == null ? 0 : before.points()) + points, matches));
    }
}
