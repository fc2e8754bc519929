package org.wsis.prize.vote;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Vote attempts allowed per minute, {@code wsis.prize.votes-per-minute.*}, counted across every
 * replica.
 *
 * @param account per account (30: a person votes 18 times in an edition)
 * @param network per client network, /24 or /48 (600: a campus or a mobile operator's NAT shares one)
 */
@ConfigurationProperties("wsis.prize.votes-per-minute")
public record VoteLimitSettings(
        @DefaultValue("30") int account,
        @DefaultValue("600") int network) {}
