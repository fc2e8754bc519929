package org.wsis.prize.vote.domain;

import java.time.Duration;
import org.wsis.prize.edition.domain.PrizeRuleViolation;
import org.wsis.servicekit.problem.RetryLater;

/** More vote attempts in a minute than a person makes: refused until the minute is over. */
public class TooManyVotes extends PrizeRuleViolation implements RetryLater {

    private final Duration retryAfter;

    public TooManyVotes(String message, Duration retryAfter) {
        super("too-many-votes", message);
        this.retryAfter = retryAfter;
    }

    /** How long until the window that refused the attempt is over. */
    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
