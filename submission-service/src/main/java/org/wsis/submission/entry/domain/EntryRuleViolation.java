package org.wsis.submission.entry.domain;

import org.wsis.servicekit.problem.RuleViolation;

/** An entry refused a move. */
public class EntryRuleViolation extends RuleViolation {

    public EntryRuleViolation(String code, String message) {
        super(code, message);
    }
}
