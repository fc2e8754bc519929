package org.wsis.community.forum.domain;

import java.time.Duration;
import org.wsis.servicekit.problem.RetryLater;
import org.wsis.servicekit.problem.RuleViolation;

/** The account wrote as many posts as it may within the window; it may post again after {@code retryAfter}. */
public class TooManyPosts extends RuleViolation implements RetryLater {

    private final Duration retryAfter;

    public TooManyPosts(int perAccount, Duration window, Duration retryAfter) {
        super(
                "too-many-posts",
                "An account may write " + perAccount + " posts within " + Math.max(1, window.toMinutes())
                        + " minutes; you have reached that number, try again later.");
        this.retryAfter = retryAfter;
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
