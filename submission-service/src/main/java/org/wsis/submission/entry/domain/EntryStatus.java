package org.wsis.submission.entry.domain;

/** Where an entry stands in its lifecycle. */
public enum EntryStatus {
    /** Being written; visible to its owner only. */
    DRAFT,
    /** Waiting for a moderator. */
    SUBMITTED,
    /** Public in the stocktaking database. */
    PUBLISHED,
    /** A moderator asked for changes; the owner edits and submits again. */
    CHANGES_REQUESTED,
    /** A moderator refused it. */
    REJECTED,
    /** The owner took it back. */
    WITHDRAWN
}
