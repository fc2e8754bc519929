package org.wsis.notification.preference.domain;

import org.wsis.servicekit.problem.RuleViolation;

/** The account was erased: it cannot be erased again, nor given preferences. Answered 409 {@code account-erased}. */
public class AccountErasedRefusal extends RuleViolation {

    public AccountErasedRefusal(String message) {
        super("account-erased", message);
    }
}
