package org.wsis.moderation.flag.domain;

import java.time.Duration;
import org.wsis.servicekit.problem.RetryLater;
import org.wsis.servicekit.problem.RuleViolation;

/** The account raised as many flags as it may within the window; it may flag again after {@code retryAfter}. */
public class TooManyFlags extends RuleViolation implements RetryLater {

    private final Duration retryAfter;

    public TooManyFlags(int perAccount, Duration window, Duration retryAfter) {
        super(
                "too-many-flags",
                "An account may raise " + perAccount + " flags within " + describe(window)
                        + "; you have reached that number, try again later.");
        this.retryAfter = retryAfter;
    }

    private static String describe(Duration window) {
        if (window.toHoursPart() == 0 && window.toMinutesPart() == 0 && window.toDays() > 0) {
            return window.toDays() == 1 ? "a day" : window.toDays() + " days";
        }
        if (window.toMinutesPart() == 0 && window.toHours() > 0) {
            return window.toHours() == 1 ? "an hour" : window.toHours() + " hours";
        }
        return Math.max(1, window.toMinutes()) + " minutes";
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
