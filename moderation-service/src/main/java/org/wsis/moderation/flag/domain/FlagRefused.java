package org.wsis.moderation.flag.domain;

import org.wsis.servicekit.problem.RuleViolation;

/** A flag refused by the rules: an erased account, the author's own entry, a second flag on one entry. */
public class FlagRefused extends RuleViolation {

    public FlagRefused(String code, String message) {
        super(code, message);
    }
}
