package org.wsis.community.forum.domain;

import org.wsis.servicekit.problem.RuleViolation;

/** The forum refused a move (409 with the code as its problem type). */
public class ForumRefused extends RuleViolation {

    public ForumRefused(String code, String message) {
        super(code, message);
    }
}
