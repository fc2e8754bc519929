package org.wsis.community.repository.domain;

import org.wsis.servicekit.problem.RuleViolation;

/** The repository refused a move (409 with the code as its problem type). */
public class RepositoryRefused extends RuleViolation {

    public RepositoryRefused(String code, String message) {
        super(code, message);
    }
}
