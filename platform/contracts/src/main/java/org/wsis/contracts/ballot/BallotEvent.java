package org.wsis.contracts.ballot;

import org.wsis.contracts.DomainEvent;

/**
 * The public vote's stream, on {@code wsis.ballot.v1}, keyed by voter: a voter's ballots and the
 * completion of their ballot land on one partition, in order.
 */
public sealed interface BallotEvent extends DomainEvent permits BallotCast, BallotCompleted {

    String voterId();

    @Override
    default String aggregateId() {
        return voterId();
    }
}
