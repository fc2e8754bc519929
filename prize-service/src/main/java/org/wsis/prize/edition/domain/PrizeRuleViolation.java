package org.wsis.prize.edition.domain;

import org.wsis.servicekit.problem.RuleViolation;

/** A prize rule refused a move. */
public class PrizeRuleViolation extends RuleViolation {

    public PrizeRuleViolation(String code, String message) {
        super(code, message);
    }
}
