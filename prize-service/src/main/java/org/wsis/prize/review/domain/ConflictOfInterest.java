package org.wsis.prize.review.domain;

import org.wsis.prize.edition.domain.PrizeRuleViolation;

/** An expert tried to score a nomination they may not review; the recusal is recorded for them. */
public class ConflictOfInterest extends PrizeRuleViolation {

    public ConflictOfInterest(Conflict conflict) {
        super(
                "conflict-of-interest",
                switch (conflict) {
                    case OWN_NOMINATION -> "This is your own nomination; it is recused on your behalf.";
                    case SAME_ORGANISATION ->
                        "This nomination competes for your organisation; it is recused on your behalf.";
                });
    }
}
