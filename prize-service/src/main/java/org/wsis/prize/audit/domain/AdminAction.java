package org.wsis.prize.audit.domain;

/** The admins' actions that change an edition's outcome, each recorded in the audit trail. */
public enum AdminAction {
    /** An edition was planned, with its rules. */
    EDITION_PLANNED,
    /** The edition moved to its next phase (publishing the results is the last move). */
    PHASE_CHANGED,
    /** An expert's categories were set. */
    EXPERT_ASSIGNED,
    /** An eligible nomination became a nominee. */
    NOMINEE_SHORTLISTED,
    /** A category's Winners were chosen among its Champions. */
    WINNERS_SELECTED,
    /** Flagged voters' ballots were accepted or voided. */
    BALLOTS_REVIEWED
}
