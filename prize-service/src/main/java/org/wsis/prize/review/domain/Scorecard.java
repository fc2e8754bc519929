package org.wsis.prize.review.domain;

import java.util.EnumMap;
import java.util.Map;
import org.wsis.prize.edition.domain.PrizeRuleViolation;

/** One expert's scores for one nomination: every criterion from 1 to 5, and a comment. */
public record Scorecard(Map<Criterion, Integer> scores, String comment) {

    public Scorecard {
        for (Criterion criterion : Criterion.values()) {
            Integer score = scores.get(criterion);
            if (score == null || score < 1 || score > 5) {
                throw new PrizeRuleViolation(
                        "score-incomplete",
                        "Score every criterion from 1 to 5; " + criterion + " is missing or out of range.");
            }
        }
        scores = Map.copyOf(new EnumMap<>(scores));
        comment = comment.strip();
    }

    /** The sum of the scores, from 5 to 25. */
    public int total() {
        return scores.values().stream().mapToInt(Integer::intValue).sum();
    }
}
