package org.wsis.prize.review.domain;

/** What experts score, each from 1 (weak) to 5 (outstanding). */
public enum Criterion {
    /** Measured economic, social and environmental results. */
    IMPACT,
    /** A new approach, or a known one applied where it had not been. */
    INNOVATION,
    /** Funding, ownership and maintenance beyond the project's first phase. */
    SUSTAINABILITY,
    /** Whether others can reuse it elsewhere. */
    REPLICABILITY,
    /** How clearly it advances its action line and the SDGs it names. */
    ALIGNMENT
}
