package org.wsis.prize.tally.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the vote endpoint saw of the voter when the ballot was cast.
 *
 * @param accountCreatedAt null when the identity provider does not say, which the rules treat as suspicious
 */
public record BallotSignals(
        String clientNetwork, String emailDomain, @Nullable Instant accountCreatedAt) {}
