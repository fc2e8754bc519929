package org.wsis.prize.tally.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.wsis.prize.edition.domain.PrizeRuleViolation;

/**
 * One voter's ballots as the counting side holds them: which nominee each category's ballot went to,
 * when it was cast, and the one status all of them share. Every transition returns nothing but leaves
 * {@link #increments()}: the changes to the nominees' counters that keep them equal to the ballots,
 * applied in the same single-document write that saves this voter.
 *
 * <p>A ballot counts in the counter of the voter's status ({@link BallotStatus#counter()}); when the
 * voter has voted in every category, each of their ballots also counts in the {@code complete}
 * counter, for editions that require complete ballots. A status change moves all of the voter's
 * ballots from one counter to the other.
 */
public final class CountedVoter {

    /** One change of one nominee's counter. */
    public record Increment(String counter, String nominationId) {}

    private final String voterId;
    private final int categories;
    private BallotStatus status;
    private final Set<Suspicion> suspicions;
    private final Map<Integer, String> ballots;
    private final Map<Integer, Instant> castAt;
    private @Nullable BallotSignals signals;
    private final Map<Increment, Integer> increments = new LinkedHashMap<>();

    private CountedVoter(
            String voterId,
            int categories,
            BallotStatus status,
            Set<Suspicion> suspicions,
            Map<Integer, String> ballots,
            Map<Integer, Instant> castAt,
            @Nullable BallotSignals signals) {
        this.voterId = voterId;
        this.categories = categories;
        this.status = status;
        this.suspicions = suspicions.isEmpty() ? EnumSet.noneOf(Suspicion.class) : EnumSet.copyOf(suspicions);
        this.ballots = new TreeMap<>(ballots);
        this.castAt = new TreeMap<>(castAt);
        this.signals = signals;
    }

    /**
     * A voter none of whose ballots has been counted yet; {@code categories} ballots make a complete
     * one.
     */
    public static CountedVoter none(String voterId, int categories) {
        return new CountedVoter(voterId, categories, BallotStatus.VALID, Set.of(), Map.of(), Map.of(), null);
    }

    public static CountedVoter restore(
            String voterId,
            int categories,
            BallotStatus status,
            Set<Suspicion> suspicions,
            Map<Integer, String> ballots,
            Map<Integer, Instant> castAt,
            @Nullable BallotSignals signals) {
        return new CountedVoter(voterId, categories, status, suspicions, ballots, castAt, signals);
    }

    public boolean hasCounted(int category) {
        return ballots.containsKey(category);
    }

    /**
     * Counts the ballot in {@code category}, after flagging the voter for what it raised. The caller
     * checks {@link #hasCounted} first: a ballot counts once.
     */
    public void count(
            int category, String nominationId, Instant at, BallotSignals ballotSignals, Set<Suspicion> raised) {
        if (hasCounted(category)) {
            throw new IllegalStateException("Ballot of " + voterId + " in category " + category + " counted already");
        }
        if (signals == null) {
            signals = ballotSignals;
        }
        flag(raised);
        ballots.put(category, nominationId);
        castAt.put(category, at);
        add(status.counter(), false, nominationId, 1);
        if (ballots.size() == categories) {
            ballots.values().forEach(n -> add(status.counter(), true, n, 1));
        }
    }

    /**
     * Flags the voter for review. Only a voter not yet reviewed changes status (their ballots move to
     * the flagged counter); a reviewed voter keeps the admin's decision, and a flagged one gathers the
     * new reasons. Returns whether anything changed.
     */
    public boolean flag(Set<Suspicion> raised) {
        if (raised.isEmpty() || status == BallotStatus.ACCEPTED || status == BallotStatus.VOIDED) {
            return false;
        }
        boolean changed = suspicions.addAll(raised);
        if (status == BallotStatus.VALID) {
            moveTo(BallotStatus.FLAGGED);
            changed = true;
        }
        return changed;
    }

    /** An admin's review: a flagged (or already reviewed) voter's ballots are accepted or voided. */
    public void decide(BallotStatus decision) {
        if (decision != BallotStatus.ACCEPTED && decision != BallotStatus.VOIDED) {
            throw new IllegalArgumentException("A review accepts or voids: " + decision);
        }
        if (status == BallotStatus.VALID) {
            throw new PrizeRuleViolation("not-flagged", "Only flagged ballots are reviewed.");
        }
        if (status != decision) {
            moveTo(decision);
        }
    }

    private void moveTo(BallotStatus next) {
        boolean complete = ballots.size() >= categories;
        for (String nominationId : ballots.values()) {
            add(status.counter(), false, nominationId, -1);
            add(next.counter(), false, nominationId, 1);
            if (complete) {
                add(status.counter(), true, nominationId, -1);
                add(next.counter(), true, nominationId, 1);
            }
        }
        status = next;
    }

    private void add(BallotStatus.Counter counter, boolean complete, String nominationId, int delta) {
        increments.merge(new Increment(counter.field(complete), nominationId), delta, Integer::sum);
    }

    public String voterId() {
        return voterId;
    }

    public BallotStatus status() {
        return status;
    }

    public Set<Suspicion> suspicions() {
        return Set.copyOf(suspicions);
    }

    public Map<Integer, String> ballots() {
        return Map.copyOf(ballots);
    }

    public Map<Integer, Instant> castAt() {
        return Map.copyOf(castAt);
    }

    public Collection<Instant> ballotTimes() {
        return castAt.values();
    }

    public @Nullable BallotSignals signals() {
        return signals;
    }

    /** The net changes to the nominees' counters since this voter was loaded; zero changes left out. */
    public Map<Increment, Integer> increments() {
        Map<Increment, Integer> net = new LinkedHashMap<>();
        increments.forEach((k, v) -> {
            if (v != 0) {
                net.put(k, v);
            }
        });
        return net;
    }
}
