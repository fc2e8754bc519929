package org.wsis.prize.edition.domain;

import java.util.Optional;

/** The phases of an edition, in their only order. */
public enum Phase {
    /** Set up by admins; nothing public yet. */
    PREPARATION,
    /** Owners of published entries nominate them. */
    SUBMISSION,
    /** Moderators screen nominations; experts score them; admins shortlist the nominees. */
    EXPERT_REVIEW,
    /** The public votes for nominees. */
    VOTING,
    /** Voting closed: Champions are known; admins select the Winners. */
    SELECTION,
    /** Results are public. */
    RESULTS_PUBLISHED;

    public Optional<Phase> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }
}
