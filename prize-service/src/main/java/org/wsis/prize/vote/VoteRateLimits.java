package org.wsis.prize.vote;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.wsis.prize.vote.domain.TooManyVotes;
import org.wsis.prize.vote.domain.VoteWindow;
import org.wsis.prize.vote.mongo.RateWindows;
import org.wsis.servicekit.background.BackgroundLoop;

/**
 * Vote attempts per account and per client network, counted per minute in windows every replica
 * shares ({@link RateWindows}, ADR 0016): one per account and minute ({@code a:<account>}) and one per
 * network and minute ({@code n:<network>}). Attempts count whether or not they
 * succeed, so probing costs a bot as much as voting. Over a limit the attempt is refused
 * ({@link TooManyVotes}) until the minute is over.
 *
 * <p>A window is useless once its minute is over (and a grace minute): MongoDB's TTL monitor deletes
 * it, and a sweep every {@link #SWEEP} as well, for servers without one.
 */
@Component
public class VoteRateLimits implements SmartLifecycle {

    /** How often expired windows are deleted, beside MongoDB's own TTL monitor. */
    static final Duration SWEEP = Duration.ofMinutes(5);

    /** Kept a minute past their end, so a replica whose clock lags a little still finds the window. */
    private static final Duration GRACE = Duration.ofMinutes(1);

    private final RateWindows windows;
    private final Clock clock;
    private final VoteLimitSettings limits;
    private final BackgroundLoop sweeper = new BackgroundLoop("vote-window-sweep", this::sweep, SWEEP);

    public VoteRateLimits(RateWindows windows, Clock clock, VoteLimitSettings limits) {
        this.windows = windows;
        this.clock = clock;
        this.limits = limits;
    }

    /** Counts one attempt; refuses it when the account or the network is over its limit this minute. */
    public void attempt(String accountId, String network) {
        Instant now = clock.instant();
        VoteWindow window = VoteWindow.of(now);
        boolean accountOver = count("a:" + accountId, window) > limits.account();
        boolean networkOver = count("n:" + network, window) > limits.network();
        if (accountOver || networkOver) {
            throw new TooManyVotes(
                    accountOver
                            ? "Too many votes from your account in a minute; wait a moment."
                            : "Too many votes from your network in a minute; wait a moment.",
                    Duration.ofSeconds(window.secondsLeft(now)));
        }
    }

    /** The key's attempts in the window, this one included: one round trip. */
    private long count(String key, VoteWindow window) {
        return windows.count(key, window.minute(), window.end().plus(GRACE));
    }

    /** The account was erased: its windows go (a network's windows name no account, and stay). */
    public void erase(String accountId) {
        windows.removeKey("a:" + accountId);
    }

    private boolean sweep() {
        windows.removeExpired(clock.instant());
        return false;
    }

    @Override
    public void start() {
        sweeper.start();
    }

    @Override
    public void stop() {
        sweeper.stop(Duration.ofSeconds(5));
    }

    @Override
    public boolean isRunning() {
        return sweeper.isRunning();
    }
}
