package org.wsis.convening.programme.solver;

import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.overlapping;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * {@link ProgrammeRules} as constraint streams: the solver re-scores only what a move touches, and pairs are
 * looked for only among workshops sharing a slot (and a room) when the rule concerns only those.
 */
public class ProgrammeConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return Stream.concat(
                        ProgrammeRules.SINGLES.stream().map(rule -> single(factory, rule)),
                        ProgrammeRules.PAIRS.stream().map(rule -> pair(factory, rule)))
                .toArray(Constraint[]::new);
    }

    private static Constraint single(ConstraintFactory factory, ProgrammeRules.Single rule) {
        return factory.forEach(ScheduledWorkshop.class)
                .filter(w -> rule.penalty().applyAsInt(w) > 0)
                .penalize(
                        weight(rule.level(), rule.weight()), w -> rule.penalty().applyAsInt(w))
                .justifyWith((w, score) ->
                        new Broken(List.of(w.getId()), rule.detail().apply(w)))
                .asConstraint(rule.name());
    }

    private static Constraint pair(ConstraintFactory factory, ProgrammeRules.Pair rule) {
        BiConstraintStream<ScheduledWorkshop, ScheduledWorkshop> pairs;
        if (rule.sameRoom()) {
            pairs = factory.forEachUniquePair(
                    ScheduledWorkshop.class,
                    equal(w -> Objects.requireNonNull(w.getRoom()).id()),
                    overlapping(ScheduledWorkshop::startIndex, ScheduledWorkshop::endIndex));
        } else if (rule.atOnce()) {
            pairs = factory.forEachUniquePair(
                    ScheduledWorkshop.class, overlapping(ScheduledWorkshop::startIndex, ScheduledWorkshop::endIndex));
        } else {
            pairs = factory.forEachUniquePair(ScheduledWorkshop.class);
        }
        return pairs.filter((a, b) -> rule.penalty().applyAsInt(a, b) > 0)
                .penalize(
                        weight(rule.level(), rule.weight()),
                        (a, b) -> rule.penalty().applyAsInt(a, b))
                .justifyWith((a, b, score) ->
                        new Broken(List.of(a.getId(), b.getId()), rule.detail().apply(a, b)))
                .asConstraint(rule.name());
    }

    static HardMediumSoftScore weight(ProgrammeRules.Level level, int weight) {
        return switch (level) {
            case HARD -> HardMediumSoftScore.ofHard(weight);
            case MEDIUM -> HardMediumSoftScore.ofMedium(weight);
            case SOFT -> HardMediumSoftScore.ofSoft(weight);
        };
    }
}
