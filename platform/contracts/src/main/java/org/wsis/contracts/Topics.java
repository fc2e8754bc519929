package org.wsis.contracts;

/** Logical, versioned topic names, one per stream. The record key is always the aggregate id. */
public final class Topics {

    /** Stocktaking entries: submitted, published, returned for changes, rejected, withdrawn. */
    public static final String ENTRY = "wsis.entry.v1";

    /** Decisions taken in the moderation queue. */
    public static final String MODERATION = "wsis.moderation.v1";

    /** WSIS Prizes: editions, nominations, shortlists, results. */
    public static final String PRIZE = "wsis.prize.v1";

    /** Public votes, one record per ballot. */
    public static final String BALLOT = "wsis.ballot.v1";

    /** The OpenWSIS convening: convenors' profiles and the issues they address. */
    public static final String CONVENING = "wsis.convening.v1";

    /** The community: the forum's posts. */
    public static final String COMMUNITY = "wsis.community.v1";

    /** People's accounts as a whole: the erasure of an account, which every service applies. */
    public static final String ACCOUNT = "wsis.account.v1";

    private Topics() {}

    /** The dead-letter topic where a stream's unprocessable records are parked with their error. */
    public static String deadLetterOf(String topic) {
        return topic + ".dlq";
    }
}
