package org.wsis.prize.nomination.domain;

/** Where a nomination stands. */
public enum NominationStatus {
    /** Waiting for moderators to screen it. */
    SCREENING,
    /** Competes: experts review it. */
    ELIGIBLE,
    /** Screened out; the owner was told why. */
    INELIGIBLE,
    /** Shortlisted: publicly listed, and voted on. */
    NOMINEE,
    /** Its owner erased their account and withdrew their entries: it competes no more. */
    WITHDRAWN
}
