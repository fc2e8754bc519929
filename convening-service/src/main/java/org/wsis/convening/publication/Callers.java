package org.wsis.convening.publication;

import org.jspecify.annotations.Nullable;
import org.wsis.contracts.Recipient;
import org.wsis.servicekit.security.Caller;

/** Who acts on the convening's items: the person as mail reaches them, and whether they moderate. */
public final class Callers {

    private Callers() {}

    /** The caller as the events about what they did name them, so that mail reaches them. */
    public static Recipient recipient(Caller caller) {
        return new Recipient(caller.userId(), caller.email(), caller.displayName(), caller.locale());
    }

    /** Moderators and admins read every revision of an item (never a convenor's private contact). */
    public static boolean isStaff(@Nullable Caller caller) {
        return caller != null && (caller.hasRole("moderator") || caller.hasRole("admin"));
    }
}
