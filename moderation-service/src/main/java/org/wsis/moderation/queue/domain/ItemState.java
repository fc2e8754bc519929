package org.wsis.moderation.queue.domain;

public enum ItemState {
    /** Waiting for a moderator. */
    PENDING,
    /** A moderator decided it. */
    DECIDED,
    /** The subject went away (withdrawn) before a decision. */
    CLOSED
}
