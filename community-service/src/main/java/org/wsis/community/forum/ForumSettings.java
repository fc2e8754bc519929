package org.wsis.community.forum;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The forum ({@code wsis.forum}).
 *
 * @param editWindow how long after writing a post its author may still change it
 * @param postsPerAccount how many posts (threads and replies) one account may write within {@code postsWindow}
 * @param postsWindow the sliding window of that allowance
 */
@ConfigurationProperties("wsis.forum")
public record ForumSettings(
        @DefaultValue("30m") Duration editWindow,
        @DefaultValue("30") int postsPerAccount,
        @DefaultValue("1h") Duration postsWindow) {}
