package org.wsis.prize.vote.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The fixed minute a vote attempt falls in, which vote limits count attempts by. Every replica reads
 * the same minute from its clock, so their counts meet in one place.
 *
 * @param minute minutes since the epoch
 */
public record VoteWindow(long minute) {

    public static final Duration LENGTH = Duration.ofMinutes(1);

    public static VoteWindow of(Instant at) {
        return new VoteWindow(Math.floorDiv(at.toEpochMilli(), LENGTH.toMillis()));
    }

    public Instant end() {
        return Instant.ofEpochMilli((minute + 1) * LENGTH.toMillis());
    }

    /** Whole seconds from {@code now} to the end of the window, at least one: what {@code Retry-After} says. */
    public long secondsLeft(Instant now) {
        long millis = Duration.between(now, end()).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
