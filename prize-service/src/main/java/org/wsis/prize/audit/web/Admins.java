package org.wsis.prize.audit.web;

import org.wsis.prize.audit.domain.Admin;
import org.wsis.servicekit.security.Caller;

/** The admin behind a request, as the audit trail names them; for every controller of an admin action. */
public final class Admins {

    private Admins() {}

    public static Admin of(Caller caller) {
        return new Admin(caller.userId(), caller.displayName());
    }
}
