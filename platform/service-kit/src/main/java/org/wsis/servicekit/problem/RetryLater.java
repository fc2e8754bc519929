package org.wsis.servicekit.problem;

import java.time.Duration;

/**
 * A {@link RuleViolation} that ends by itself: too many attempts within a window. The kit answers it with
 * 429 and {@code Retry-After} in seconds instead of 409.
 */
public interface RetryLater {

    /** How long until the attempt may succeed. */
    Duration retryAfter();
}
