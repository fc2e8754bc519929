package org.wsis.moderation.queue.domain;

public enum ItemState {
    /** Waiting for a moderator. */
    PENDING,
    /** A moderator holds it under a lease; only they may decide until it expires. */
    CLAIMED,
    /** A moderator decided it. */
    DECIDED,
    /** Decided as rejected, then appealed by its author: the appeal is a new item. */
    APPEALED,
    /** The subject went away (withdrawn) before a decision. */
    CLOSED
}
