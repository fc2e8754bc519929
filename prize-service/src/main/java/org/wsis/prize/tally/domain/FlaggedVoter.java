package org.wsis.prize.tally.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A flagged voter as an admin reviews them. */
public record FlaggedVoter(
        String voterId,
        BallotStatus status,
        List<Suspicion> reasons,
        @Nullable String clientNetwork,
        @Nullable String emailDomain,
        @Nullable Instant accountCreatedAt,
        Instant flaggedAt,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        Map<Integer, String> ballots) {

    public FlaggedVoter withBallots(Map<Integer, String> counted) {
        return new FlaggedVoter(
                voterId,
                status,
                reasons,
                clientNetwork,
                emailDomain,
                accountCreatedAt,
                flaggedAt,
                decidedBy,
                decidedAt,
                Map.copyOf(counted));
    }
}
