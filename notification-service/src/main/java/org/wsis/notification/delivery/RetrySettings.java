package org.wsis.notification.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.wsis.notification.delivery.domain.RetryPolicy;

/**
 * How a delivery the mail server refused for now is tried again ({@code wsis.notification.retry}).
 *
 * @param firstPause the pause after the first failed attempt; each next pause doubles
 * @param longestPause the longest pause between two attempts
 * @param maxAttempts attempts before the delivery is given up
 */
@ConfigurationProperties("wsis.notification.retry")
public record RetrySettings(
        @DefaultValue("30s") Duration firstPause,
        @DefaultValue("6h") Duration longestPause,
        @DefaultValue("10") int maxAttempts) {

    public RetryPolicy policy() {
        return new RetryPolicy(firstPause, longestPause, maxAttempts);
    }
}
