package org.wsis.convening.contact.domain;

import org.wsis.servicekit.problem.RuleViolation;

/** A contact between convenors refused a move (409 with the code as its problem type). */
public class ContactRefused extends RuleViolation {

    public ContactRefused(String code, String message) {
        super(code, message);
    }
}
