package org.wsis.moderation.queue.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of an item's audit trail. Lines are only ever appended.
 *
 * @param action what happened
 * @param by who did it (a user id, or {@code system} for lease expiry)
 * @param at when
 * @param detail the decision and reason, the appeal message, or nothing
 */
public record AuditRecord(
        Action action, String by, Instant at, @Nullable String detail) {

    public enum Action {
        QUEUED,
        CLAIMED,
        RELEASED,
        LEASE_EXPIRED,
        DECIDED,
        APPEALED,
        CLOSED
    }
}
