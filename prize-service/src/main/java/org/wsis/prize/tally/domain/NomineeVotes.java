package org.wsis.prize.tally.domain;

/** One nominee's ballots by where they count: valid, held back as flagged, or voided by a review. */
public record NomineeVotes(long valid, long flagged, long voided) {

    public static final NomineeVotes NONE = new NomineeVotes(0, 0, 0);
}
