package org.wsis.prize.tally.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The suspicious-ballot rules. Each one only flags: a flagged voter's ballots wait for an admin, who
 * accepts or voids them. So the thresholds lean towards flagging; a false alarm costs a review, a
 * missed bot costs a fair result.
 *
 * @param disposableDomains throwaway-mail domains; a subdomain of one counts as one
 * @param newAccount an account younger than this when it votes is {@link Suspicion#NEW_ACCOUNT}
 * @param burstAccountAge accounts younger than this when they vote count towards a network's burst
 * @param burstAccounts how many such accounts may vote from one network within a window
 * @param burstWindow the length of the fixed windows a network's new accounts are counted in
 * @param regularTimingBallots how many successive ballots of a voter are compared for cadence
 * @param regularTimingTolerance the largest spread between their intervals that still counts as regular
 */
public record SuspicionRules(
        Set<String> disposableDomains,
        Duration newAccount,
        Duration burstAccountAge,
        int burstAccounts,
        Duration burstWindow,
        int regularTimingBallots,
        Duration regularTimingTolerance) {

    public SuspicionRules {
        disposableDomains = Set.copyOf(disposableDomains.stream()
                .map(d -> d.trim().toLowerCase(Locale.ROOT))
                .filter(d -> !d.isEmpty())
                .toList());
        if (regularTimingBallots < 3) {
            throw new IllegalArgumentException("Cadence needs at least three ballots (two intervals)");
        }
    }

    /**
     * The suspicions a ballot raises on its own: the voter's e-mail domain, the account's age (an age the
     * token did not give is a suspicion of its own), and the cadence of this ballot with the voter's
     * earlier ones.
     */
    public Set<Suspicion> judge(BallotSignals signals, Instant castAt, Collection<Instant> earlierBallots) {
        Set<Suspicion> found = EnumSet.noneOf(Suspicion.class);
        if (isDisposable(signals.emailDomain())) {
            found.add(Suspicion.DISPOSABLE_EMAIL_DOMAIN);
        }
        Instant created = signals.accountCreatedAt();
        if (created == null) {
            found.add(Suspicion.ACCOUNT_AGE_UNKNOWN);
        } else if (Duration.between(created, castAt).compareTo(newAccount) < 0) {
            found.add(Suspicion.NEW_ACCOUNT);
        }
        if (regularCadence(castAt, earlierBallots)) {
            found.add(Suspicion.REGULAR_TIMING);
        }
        return found;
    }

    /**
     * Whether the ballot's account is young enough to count towards its network's burst; an account of
     * unknown age counts, as it may be as young as any.
     */
    public boolean countsTowardsNetworkBurst(BallotSignals signals, Instant castAt) {
        Instant created = signals.accountCreatedAt();
        return created == null || Duration.between(created, castAt).compareTo(burstAccountAge) < 0;
    }

    /** The fixed window of {@link #burstWindow} a ballot falls in. */
    public long burstWindowOf(Instant castAt) {
        return castAt.toEpochMilli() / burstWindow.toMillis();
    }

    /** Whether so many new accounts voting from one network in one window is a burst. */
    public boolean isBurst(int newAccountsInWindow) {
        return newAccountsInWindow > burstAccounts;
    }

    boolean isDisposable(String emailDomain) {
        String domain = emailDomain.toLowerCase(Locale.ROOT);
        while (!domain.isEmpty()) {
            if (disposableDomains.contains(domain)) {
                return true;
            }
            int dot = domain.indexOf('.');
            domain = dot < 0 ? "" : domain.substring(dot + 1);
        }
        return false;
    }

    /**
     * People read a category's nominees before they choose, so their pauses differ; a script clicks at
     * the pace of its loop. The latest {@link #regularTimingBallots} ballots (this one and the latest
     * earlier ones) are regular when their intervals differ by no more than the tolerance.
     */
    private boolean regularCadence(Instant castAt, Collection<Instant> earlierBallots) {
        if (earlierBallots.size() < regularTimingBallots - 1) {
            return false;
        }
        List<Instant> times = new ArrayList<>(earlierBallots);
        times.add(castAt);
        times.sort(null);
        List<Instant> latest = times.subList(times.size() - regularTimingBallots, times.size());
        long shortest = Long.MAX_VALUE;
        long longest = Long.MIN_VALUE;
        for (int i = 1; i < latest.size(); i++) {
            long interval = Duration.between(latest.get(i - 1), latest.get(i)).toMillis();
            shortest = Math.min(shortest, interval);
            longest = Math.max(longest, interval);
        }
        return longest - shortest <= regularTimingTolerance.toMillis();
    }
}
