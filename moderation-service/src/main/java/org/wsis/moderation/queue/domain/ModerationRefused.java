package org.wsis.moderation.queue.domain;

import org.wsis.servicekit.problem.RuleViolation;

/** A queue item refused a move. */
public class ModerationRefused extends RuleViolation {

    public ModerationRefused(String code, String message) {
        super(code, message);
    }
}
