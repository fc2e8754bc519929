package org.wsis.contracts.ballot;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The voter has now voted in every category of the edition; {@code nominationIds} are their choices.
 * Where an edition requires complete ballots, only completed ballots count.
 */
public record BallotCompleted(UUID eventId, Instant occurredAt, int edition, String voterId, List<String> nominationIds)
        implements BallotEvent {

    public BallotCompleted {
        nominationIds = List.copyOf(nominationIds);
    }
}
