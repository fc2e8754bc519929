package org.wsis.convening.contact.domain;

import java.time.Duration;
import org.wsis.servicekit.problem.RetryLater;

/** A convenor asked more convenors to connect within a day than its allowance: refused until it frees up. */
public class TooManyContactRequests extends ContactRefused implements RetryLater {

    private final Duration retryAfter;

    public TooManyContactRequests(int perDay, Duration retryAfter) {
        super(
                "too-many-contact-requests",
                "A convenor asks at most " + perDay + " convenors to connect in a day; try again later.");
        this.retryAfter = retryAfter;
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
