package org.wsis.prize.vote;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.wsis.servicekit.problem.ApiException;

/**
 * Vote attempts per account and per client network, counted in one-minute windows on this replica.
 * Attempts count whether or not they succeed, so probing costs a bot as much as voting. Over the limit
 * the answer is 429 {@code too-many-votes}. Limits: {@code wsis.prize.votes-per-minute.account} (30:
 * a person votes 18 times in an edition) and {@code wsis.prize.votes-per-minute.network} (600: a campus
 * or a mobile operator's NAT shares one network).
 */
@Component
public class VoteRateLimits {

    private final Clock clock;
    private final int perAccount;
    private final int perNetwork;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(long minute, AtomicInteger attempts) {}

    public VoteRateLimits(
            Clock clock,
            @Value("${wsis.prize.votes-per-minute.account:30}") int perAccount,
            @Value("${wsis.prize.votes-per-minute.network:600}") int perNetwork) {
        this.clock = clock;
        this.perAccount = perAccount;
        this.perNetwork = perNetwork;
    }

    /** Counts one attempt; refuses it when the account or the network is over its limit this minute. */
    public void attempt(String accountId, String network) {
        long minute = clock.millis() / 60_000;
        if (windows.size() > 200_000) {
            windows.values().removeIf(w -> w.minute() < minute);
        }
        boolean accountOver = count("a:" + accountId, minute) > perAccount;
        boolean networkOver = count("n:" + network, minute) > perNetwork;
        if (accountOver || networkOver) {
            throw new ApiException(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "too-many-votes",
                    accountOver
                            ? "Too many votes from your account in a minute; wait a moment."
                            : "Too many votes from your network in a minute; wait a moment.");
        }
    }

    private int count(String key, long minute) {
        Window window = windows.compute(
                key, (k, w) -> w == null || w.minute() != minute ? new Window(minute, new AtomicInteger()) : w);
        return window.attempts().incrementAndGet();
    }
}
