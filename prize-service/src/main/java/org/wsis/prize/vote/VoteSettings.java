package org.wsis.prize.vote;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Voting ({@code wsis.prize}).
 *
 * @param editionCache how long a replica answers votes from the edition it read (phase, nominees) before
 *     reading it again
 */
@ConfigurationProperties("wsis.prize")
public record VoteSettings(@DefaultValue("1s") Duration editionCache) {}
