package org.wsis.prize.tally.domain;

/**
 * Where a voter's ballots count. Suspicion moves a voter from {@code VALID} to {@code FLAGGED}; an
 * admin's review moves a flagged voter to {@code ACCEPTED} or {@code VOIDED} (and may change their mind
 * until the results are published). All ballots of one voter always share one status.
 */
public enum BallotStatus {
    VALID,
    FLAGGED,
    ACCEPTED,
    VOIDED;

    /** The counter this voter's ballots are added to: only {@code valid} ballots decide the results. */
    public Counter counter() {
        return switch (this) {
            case VALID, ACCEPTED -> Counter.VALID;
            case FLAGGED -> Counter.FLAGGED;
            case VOIDED -> Counter.VOIDED;
        };
    }

    /** The counters of a nominee's ballots; the {@code complete} ones hold the ballots of voters who voted in every category. */
    public enum Counter {
        VALID("valid"),
        FLAGGED("flagged"),
        VOIDED("voided");

        private final String field;

        Counter(String field) {
            this.field = field;
        }

        public String field(boolean complete) {
            return complete ? field + "Complete" : field;
        }
    }
}
