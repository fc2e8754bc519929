package org.wsis.contracts.ballot;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.Recipient;

/**
 * One public vote, on {@code wsis.ballot.v1}, keyed by the voter so that one voter's ballots stay in
 * order. {@code ballotId} is {@code <edition>:<category>:<voterId>}: one ballot per voter and category.
 * The voter's signals (network, e-mail domain, account age) let the counting side judge it.
 *
 * @param clientNetwork the /24 (IPv4) or /48 (IPv6) network the vote came from
 * @param accountCreatedAt when the voter's account was created; absent when the identity provider does
 *     not say
 * @param voter who voted, so that announcements to an edition's voters can reach them; absent in records
 *     from before the field existed
 */
public record BallotCast(
        UUID eventId,
        Instant occurredAt,
        String ballotId,
        int edition,
        int category,
        String nominationId,
        String voterId,
        String clientNetwork,
        String emailDomain,
        @Nullable Instant accountCreatedAt,
        @Nullable Recipient voter)
        implements BallotEvent {}
