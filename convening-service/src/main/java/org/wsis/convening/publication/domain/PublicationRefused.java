package org.wsis.convening.publication.domain;

import org.wsis.servicekit.problem.RuleViolation;

/** A moderated item refused a move (answered 409 with the code as its problem type). */
public class PublicationRefused extends RuleViolation {

    public PublicationRefused(String code, String message) {
        super(code, message);
    }
}
