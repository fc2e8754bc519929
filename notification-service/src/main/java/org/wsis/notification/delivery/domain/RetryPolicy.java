package org.wsis.notification.delivery.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What to do after a failed attempt. A reply in the 5xx range is the server saying "never": the mailbox
 * does not exist, the address is refused. That is recorded and not retried. Anything else (a 4xx reply,
 * a refused or broken connection) is temporary: try again after an exponentially growing pause, up to
 * {@code maxAttempts} attempts in all.
 *
 * @param firstPause the pause after the first failed attempt; each later pause doubles, up to {@code longestPause}
 */
public record RetryPolicy(Duration firstPause, Duration longestPause, int maxAttempts) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt");
        }
    }

    public static boolean permanent(@Nullable Integer smtpReplyCode) {
        return smtpReplyCode != null && smtpReplyCode >= 500 && smtpReplyCode < 600;
    }

    /**
     * When to try again after attempt number {@code attempts} (1 for the first) failed with
     * {@code smtpReplyCode} (null when no reply was received); empty when not to try again.
     */
    public Optional<Instant> nextAttempt(int attempts, @Nullable Integer smtpReplyCode, Instant now) {
        if (permanent(smtpReplyCode) || attempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration pause = firstPause;
        for (int i = 1; i < attempts && pause.compareTo(longestPause) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return Optional.of(now.plus(pause.compareTo(longestPause) > 0 ? longestPause : pause));
    }
}
