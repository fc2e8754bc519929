package org.wsis.community.news.domain;

import org.wsis.servicekit.problem.RuleViolation;

/** The newsroom refused a move (409 with the code as its problem type). */
public class NewsRefused extends RuleViolation {

    public NewsRefused(String code, String message) {
        super(code, message);
    }
}
