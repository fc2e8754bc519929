package org.wsis.moderation.flag.domain;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How community flags are weighed. Anyone signed in may flag, and every flag is recorded for moderators
 * to read, but only flags from accounts that are {@code minimumAccountAge} old, with a verified address,
 * count towards the {@code threshold} that hides an entry until a moderator decides: accounts made for
 * the purpose cannot take an entry down. An account whose age the token does not tell is treated as new,
 * never as old. One account raises at most {@code perAccount} flags within any {@code perAccountWindow}.
 *
 * @param threshold counting flags on one revision that hide it
 * @param minimumAccountAge how old an account must be for its flags to count
 * @param perAccount flags one account may raise within the window
 * @param perAccountWindow the sliding window of the per-account limit
 */
public record FlagRules(int threshold, Duration minimumAccountAge, int perAccount, Duration perAccountWindow) {

    public FlagRules {
        if (threshold < 1) {
            throw new IllegalArgumentException("The flag threshold must be at least 1, not " + threshold);
        }
        if (minimumAccountAge.isNegative()) {
            throw new IllegalArgumentException("The minimum account age cannot be negative: " + minimumAccountAge);
        }
        if (perAccount < 1) {
            throw new IllegalArgumentException("An account must be allowed at least one flag, not " + perAccount);
        }
        if (perAccountWindow.isNegative() || perAccountWindow.isZero()) {
            throw new IllegalArgumentException("The per-account window must be positive: " + perAccountWindow);
        }
    }

    /** Whether this person's flag counts towards hiding the entry, and why not. */
    public FlagWeight weigh(Flagger flagger, Instant now) {
        if (!flagger.emailVerified()) {
            return FlagWeight.ADDRESS_NOT_VERIFIED;
        }
        if (flagger.accountCreatedAt() == null) {
            return FlagWeight.ACCOUNT_AGE_UNKNOWN;
        }
        if (flagger.accountCreatedAt().plus(minimumAccountAge).isAfter(now)) {
            return FlagWeight.ACCOUNT_TOO_NEW;
        }
        return FlagWeight.COUNTS;
    }

    /** Whether this many counting flags hide the entry. */
    public boolean hides(int countingFlags) {
        return countingFlags >= threshold;
    }

    /**
     * The refusal of a flag over the per-account limit. The account may flag again once the oldest of
     * its last {@code perAccount} flags ({@code oldestCounted}) leaves the window; when that is not known
     * (it left a moment ago), at once: in a second.
     */
    public TooManyFlags tooMany(@Nullable Instant oldestCounted, Instant now) {
        Duration wait =
                oldestCounted == null ? Duration.ZERO : Duration.between(now, oldestCounted.plus(perAccountWindow));
        long seconds = Math.max(1, wait.plusMillis(999).toSeconds());
        return new TooManyFlags(perAccount, perAccountWindow, Duration.ofSeconds(seconds));
    }
}
