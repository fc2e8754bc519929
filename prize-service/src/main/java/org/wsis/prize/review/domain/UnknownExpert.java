package org.wsis.prize.review.domain;

import org.wsis.prize.edition.domain.PrizeRuleViolation;

/** An assignment named an account that is not known as an expert. */
public class UnknownExpert extends PrizeRuleViolation {

    public UnknownExpert(String expertId) {
        super(
                "unknown-expert",
                "No expert " + expertId + " is known: experts appear here once they open their review page"
                        + " (signed in with the expert role).");
    }

    /** The request's field that named the expert. */
    public String field() {
        return "expertId";
    }
}
