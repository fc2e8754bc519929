package org.wsis.prize.tally.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
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

    /**
     * Everything stored about a counted voter; replaced, never changed, by each move. {@code ballots} holds
     * the nominee of each category's counted ballot, {@code castAt} when it was cast, {@code signals} those
     * of the voter's first counted ballot.
     */
    public record State(
            String voterId,
            int categories,
            BallotStatus status,
            Set<Suspicion> suspicions,
            Map<Integer, String> ballots,
            Map<Integer, Instant> castAt,
            @Nullable BallotSignals signals) {

        public State {
            suspicions = Collections.unmodifiableSet(
                    suspicions.isEmpty() ? EnumSet.noneOf(Suspicion.class) : EnumSet.copyOf(suspicions));
            ballots = sorted(ballots);
            castAt = sorted(castAt);
        }

        /** In the order of the categories. */
        private static <V> Map<Integer, V> sorted(Map<Integer, V> map) {
            return Collections.unmodifiableSortedMap(new TreeMap<>(map));
        }

        /** The same voter with one more ballot counted. */
        State withBallot(int category, String nominationId, Instant at, BallotSignals first) {
            Map<Integer, String> b = new TreeMap<>(ballots);
            Map<Integer, Instant> t = new TreeMap<>(castAt);
            b.put(category, nominationId);
            t.put(category, at);
            return new State(voterId, categories, status, suspicions, b, t, signals == null ? first : signals);
        }

        /** The same voter in {@code status}, suspected of {@code suspicions}. */
        State with(BallotStatus status, Set<Suspicion> suspicions) {
            return new State(voterId, categories, status, suspicions, ballots, castAt, signals);
        }
    }

    private State s;
    private final Map<Increment, Integer> increments = new LinkedHashMap<>();

    private CountedVoter(State state) {
        this.s = state;
    }

    /**
     * A voter none of whose ballots has been counted yet; {@code categories} ballots make a complete
     * one.
     */
    public static CountedVoter none(String voterId, int categories) {
        return new CountedVoter(new State(voterId, categories, BallotStatus.VALID, Set.of(), Map.of(), Map.of(), null));
    }

    public static CountedVoter restore(State state) {
        return new CountedVoter(state);
    }

    /** What is stored of this voter. */
    public State state() {
        return s;
    }

    public boolean hasCounted(int category) {
        return s.ballots().containsKey(category);
    }

    /**
     * Counts the ballot in {@code category}, after flagging the voter for what it raised. The caller
     * checks {@link #hasCounted} first: a ballot counts once.
     */
    public void count(
            int category, String nominationId, Instant at, BallotSignals ballotSignals, Set<Suspicion> raised) {
        if (hasCounted(category)) {
            throw new IllegalStateException(
                    "Ballot of " + s.voterId() + " in category " + category + " counted already");
        }
        // Flagged first: the ballots counted before this one move, and this one counts in the new status.
        flag(raised);
        s = s.withBallot(category, nominationId, at, ballotSignals);
        add(s.status().counter(), false, nominationId, 1);
        if (s.ballots().size() == s.categories()) {
            s.ballots().values().forEach(n -> add(s.status().counter(), true, n, 1));
        }
    }

    /**
     * Flags the voter for review. Only a voter not yet reviewed changes status (their ballots move to
     * the flagged counter); a reviewed voter keeps the admin's decision, and a flagged one gathers the
     * new reasons. Returns whether anything changed.
     */
    public boolean flag(Set<Suspicion> raised) {
        BallotStatus status = s.status();
        if (raised.isEmpty() || status == BallotStatus.ACCEPTED || status == BallotStatus.VOIDED) {
            return false;
        }
        Set<Suspicion> suspicions = EnumSet.copyOf(raised);
        suspicions.addAll(s.suspicions());
        boolean changed = !suspicions.equals(s.suspicions());
        s = s.with(status, suspicions);
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
        if (s.status() == BallotStatus.VALID) {
            throw new PrizeRuleViolation("not-flagged", "Only flagged ballots are reviewed.");
        }
        if (s.status() != decision) {
            moveTo(decision);
        }
    }

    private void moveTo(BallotStatus next) {
        BallotStatus from = s.status();
        boolean complete = s.ballots().size() >= s.categories();
        for (String nominationId : s.ballots().values()) {
            add(from.counter(), false, nominationId, -1);
            add(next.counter(), false, nominationId, 1);
            if (complete) {
                add(from.counter(), true, nominationId, -1);
                add(next.counter(), true, nominationId, 1);
            }
        }
        s = s.with(next, s.suspicions());
    }

    private void add(BallotStatus.Counter counter, boolean complete, String nominationId, int delta) {
        increments.merge(new Increment(counter.field(complete), nominationId), delta, Integer::sum);
    }

    public String voterId() {
        return s.voterId();
    }

    public BallotStatus status() {
        return s.status();
    }

    public Set<Suspicion> suspicions() {
        return s.suspicions();
    }

    public Map<Integer, String> ballots() {
        return s.ballots();
    }

    public Map<Integer, Instant> castAt() {
        return s.castAt();
    }

    public Collection<Instant> ballotTimes() {
        return s.castAt().values();
    }

    public @Nullable BallotSignals signals() {
        return s.signals();
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
