package org.wsis.prize.tally;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.wsis.contracts.ballot.BallotCast;
import org.wsis.prize.tally.domain.BallotSignals;
import org.wsis.prize.tally.domain.BallotStatus;
import org.wsis.prize.tally.domain.CountedVoter;
import org.wsis.prize.tally.domain.NetworkWindow;
import org.wsis.prize.tally.domain.NomineeVotes;
import org.wsis.prize.tally.domain.ReviewDecision;
import org.wsis.prize.tally.domain.Suspicion;
import org.wsis.prize.tally.domain.SuspicionRules;
import org.wsis.prize.tally.mongo.FlaggedVoters;
import org.wsis.prize.tally.mongo.NetworkBursts;
import org.wsis.prize.tally.mongo.TallyBuckets;
import org.wsis.prize.tally.mongo.TallyBuckets.Bucket;
import org.wsis.prize.tally.mongo.TallyBuckets.Part;

/**
 * Exact vote counts (ADR 0005) that hold back suspicious ballots (ADR 0006), kept in the buckets of
 * {@link TallyBuckets}. Every change of a voter, whether a ballot, a flag or an admin's review, is one
 * write of their bucket conditional on the bucket's version, which saves the voter and moves the counters
 * together. A ballot already recorded counts nothing: Kafka redelivery, a rewind of the group's offsets
 * and copies published twice leave the counts as they are.
 */
@Service
public class Tallies {

    /** Unfinished burst windows repaired in one pass. */
    static final int REPAIR_BATCH = 100;

    private final TallyBuckets buckets;
    private final SuspicionRules rules;
    private final NetworkBursts bursts;
    private final FlaggedVoters flagged;
    private final PrizePseudonyms pseudonyms;

    Tallies(
            TallyBuckets buckets,
            SuspicionSettings settings,
            NetworkBursts bursts,
            FlaggedVoters flagged,
            PrizePseudonyms pseudonyms) {
        this.buckets = buckets;
        this.rules = settings.rules();
        this.bursts = bursts;
        this.flagged = flagged;
        this.pseudonyms = pseudonyms;
    }

    /**
     * Counts the ballot unless it was counted before; returns the status it counted under, or null for a
     * ballot counted before.
     */
    public @Nullable BallotStatus count(BallotCast ballot) {
        Map<String, String> erased = pseudonyms.ofErased(List.of(ballot.voterId()));
        while (true) {
            Bucket found = buckets.read(partsOf(List.of(ballot), erased)).get(TallyBuckets.bucketOf(ballot.voterId()));
            BallotCast cast = as(found, ballot, erased);
            CountedVoter voter = found.voter(cast.edition(), cast.voterId());
            List<NetworkWindow> crossed = new ArrayList<>();
            BallotStatus status = apply(voter, cast, crossed);
            if (status == null) {
                return null;
            }
            if (buckets.save(cast.edition(), voter, found.version())) {
                crossed.forEach(window -> flagBurst(cast.edition(), window));
                return status;
            }
            // The bucket changed since it was read (another voter's ballot, a review, a burst): again.
        }
    }

    /**
     * Counts a batch of ballots as the stream delivers them: one read of every bucket they touch, then
     * one bulk of conditional writes, one per bucket. Returns, per ballot, the status it counted under
     * or null for a ballot counted before. If any bucket changed between the read and the write (a
     * review, a burst flagged from another partition), the batch is counted again ballot by ballot,
     * which counts nothing twice; the ballots of the buckets that were written then show as counted
     * before.
     */
    public List<@Nullable BallotStatus> countAll(List<BallotCast> ballots) {
        Map<String, List<Integer>> byBucket = new LinkedHashMap<>();
        for (int i = 0; i < ballots.size(); i++) {
            byBucket.computeIfAbsent(TallyBuckets.bucketOf(ballots.get(i).voterId()), b -> new ArrayList<>())
                    .add(i);
        }
        Map<String, String> erased = pseudonyms.ofErased(
                ballots.stream().map(BallotCast::voterId).distinct().toList());
        Map<String, Bucket> read = buckets.read(partsOf(ballots, erased));
        List<@Nullable BallotStatus> outcomes = new ArrayList<>(Collections.nCopies(ballots.size(), null));
        List<Runnable> afterWrite = new ArrayList<>();
        List<TallyBuckets.Write> writes = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> bucket : byBucket.entrySet()) {
            Bucket found = read.get(bucket.getKey());
            Map<String, CountedVoter> voters = new HashMap<>();
            // The voters this batch changed, each with its edition: what the bucket's write saves.
            Map<CountedVoter, Integer> changed = new IdentityHashMap<>();
            for (int i : bucket.getValue()) {
                BallotCast cast = as(found, ballots.get(i), erased);
                CountedVoter voter = voters.computeIfAbsent(
                        cast.edition() + "/" + cast.voterId(), k -> found.voter(cast.edition(), cast.voterId()));
                List<NetworkWindow> crossed = new ArrayList<>();
                BallotStatus status = apply(voter, cast, crossed);
                outcomes.set(i, status);
                if (status != null) {
                    changed.put(voter, cast.edition());
                    crossed.forEach(window -> afterWrite.add(() -> flagBurst(cast.edition(), window)));
                }
            }
            if (!changed.isEmpty()) {
                writes.add(new TallyBuckets.Write(found, changed));
            }
        }
        if (!buckets.saveAll(writes)) {
            List<@Nullable BallotStatus> again = new ArrayList<>();
            ballots.forEach(ballot -> again.add(count(ballot)));
            return again;
        }
        afterWrite.forEach(Runnable::run);
        return outcomes;
    }

    /** The parts of the buckets the ballots need: their voters', and their pseudonyms' for erased voters. */
    private static List<Part> partsOf(List<BallotCast> ballots, Map<String, String> erased) {
        List<Part> parts = new ArrayList<>();
        for (BallotCast b : ballots) {
            parts.add(new Part(b.edition(), b.voterId()));
            String pseudonym = erased.get(b.voterId());
            if (pseudonym != null) {
                parts.add(new Part(b.edition(), pseudonym));
            }
        }
        return parts;
    }

    /**
     * The ballot as it is counted: under its voter, or, for a voter who erased their account, under
     * their pseudonym (a late copy of a ballot counted before then finds it counted, and a ballot not
     * yet counted counts without the voter). While the erasure has not yet moved the voter's ballots
     * in this bucket, they are still counted under the voter's id: the bucket never holds both, since
     * the erasure moves them in one conditional write, and nothing is counted under the id of an
     * account recorded as erased unless its ballots are still there.
     */
    private static BallotCast as(Bucket bucket, BallotCast cast, Map<String, String> erased) {
        String pseudonym = erased.get(cast.voterId());
        if (pseudonym == null
                || (bucket.holds(cast.edition(), cast.voterId()) && !bucket.holds(cast.edition(), pseudonym))) {
            return cast;
        }
        return new BallotCast(
                cast.eventId(),
                cast.occurredAt(),
                cast.edition() + ":" + cast.category() + ":" + pseudonym,
                cast.edition(),
                cast.category(),
                cast.nominationId(),
                pseudonym,
                cast.clientNetwork(),
                cast.emailDomain(),
                cast.accountCreatedAt(),
                null);
    }

    /**
     * What the counting side holds about a voter who erased their account goes to their pseudonym: their
     * ballots in each of {@code editions} (see {@link #eraseVoter}), their listing in the ballot review
     * (without their network, mail domain or account age; the admins' decisions stay) and their place in
     * the networks' windows. Every step finds what it changes by the voter, so doing it again changes
     * nothing.
     */
    public void erase(String voterId, String pseudonym, java.util.Collection<Integer> editions) {
        for (int edition : editions) {
            eraseVoter(edition, voterId, pseudonym);
        }
        flagged.erase(voterId, pseudonym);
        bursts.erase(voterId, pseudonym);
    }

    /**
     * An erased voter's ballots of one edition move to their pseudonym, in the same bucket, in one write
     * conditional on the bucket's version; the counters are not touched, so every tally stays exactly as
     * it was. Their status and suspicions stay (what counts, counts as before); the signals that describe
     * the person (network, mail domain, account age) go. Returns false, changing nothing, when the
     * bucket holds no ballot of the voter in that edition (never, or moved already).
     */
    public boolean eraseVoter(int edition, String voterId, String pseudonym) {
        return buckets.moveToPseudonym(edition, voterId, pseudonym);
    }

    /**
     * Applies one ballot to its voter in memory: the suspicions it raises (recording the voter in their
     * network's window where the account is young), the count, and the review listing of a flagged
     * voter, which is written before the ballot's bucket. Returns null for a ballot counted before.
     */
    private @Nullable BallotStatus apply(CountedVoter voter, BallotCast cast, List<NetworkWindow> crossed) {
        if (voter.hasCounted(cast.category())) {
            return null;
        }
        BallotSignals signals = new BallotSignals(cast.clientNetwork(), cast.emailDomain(), cast.accountCreatedAt());
        Set<Suspicion> raised = EnumSet.noneOf(Suspicion.class);
        raised.addAll(rules.judge(signals, cast.occurredAt(), voter.ballotTimes()));
        if (rules.countsTowardsNetworkBurst(signals, cast.occurredAt())) {
            NetworkWindow window = bursts.record(
                    cast.edition(), cast.clientNetwork(), rules.burstWindowOf(cast.occurredAt()), cast.voterId());
            if (rules.isBurst(window.accounts().size())) {
                raised.add(Suspicion.NETWORK_BURST);
                if (!window.allFlagged()) {
                    if (!window.crossed()) {
                        // Durable before this ballot's bucket is written: if the process dies after that
                        // write and before the window is flagged, the repair finds the window marked.
                        bursts.crossed(window.id());
                    }
                    crossed.add(window);
                }
            }
        }
        voter.count(cast.category(), cast.nominationId(), cast.occurredAt(), signals, raised);
        if (voter.status() == BallotStatus.FLAGGED && !raised.isEmpty()) {
            flagged.flagged(cast.edition(), voter);
        }
        return voter.status();
    }

    /**
     * Flags every account of the windows that became bursts but were not all flagged: what a crash
     * between counting the ballot that crossed the threshold and flagging its window left undone (the
     * repair runs at start and then periodically; see {@link BurstRepair}). Returns the windows repaired.
     */
    public int repairBursts() {
        int repaired = 0;
        for (NetworkWindow window : bursts.unfinished(REPAIR_BATCH)) {
            flagBurst(window.edition(), window);
            repaired++;
        }
        return repaired;
    }

    /**
     * A network's window just became a burst: the accounts that voted in it before the threshold was
     * crossed are flagged too. Each flag is idempotent, so a crash halfway repeats the whole window, and
     * the window is marked all flagged only after the last of them.
     */
    private void flagBurst(int edition, NetworkWindow window) {
        for (String voterId : window.accounts()) {
            flag(edition, voterId, Set.of(Suspicion.NETWORK_BURST));
        }
        bursts.allFlagged(window.id());
    }

    private void flag(int edition, String account, Set<Suspicion> raised) {
        @Nullable String pseudonym = pseudonyms.isErased(account) ? pseudonyms.of(account) : null;
        while (true) {
            // A window may still name an account erased since: its ballots are flagged where they are.
            String voterId = pseudonym == null ? account : keyOf(edition, account, pseudonym);
            Bucket found = buckets.read(edition, voterId);
            CountedVoter voter = found.voter(edition, voterId);
            if (!voter.flag(raised)) {
                return;
            }
            flagged.flagged(edition, voter);
            if (buckets.save(edition, voter, found.version())) {
                return;
            }
        }
    }

    /** An admin's review of a flagged voter: their ballots count as valid, or as void. */
    public void decide(int edition, String voterId, BallotStatus decision, ReviewDecision recorded) {
        while (true) {
            Bucket found = buckets.read(edition, voterId);
            CountedVoter voter = found.voter(edition, voterId);
            voter.decide(decision);
            if (buckets.save(edition, voter, found.version())) {
                flagged.decided(edition, voterId, decision, recorded);
                return;
            }
        }
    }

    /** Where an erased voter's ballots are: under their id until the erasure moved them, then under the pseudonym. */
    private String keyOf(int edition, String voterId, String pseudonym) {
        Bucket found = buckets.read(List.of(new Part(edition, voterId), new Part(edition, pseudonym)))
                .get(TallyBuckets.bucketOf(voterId));
        return found.holds(edition, voterId) && !found.holds(edition, pseudonym) ? voterId : pseudonym;
    }

    /** One voter's ballots as counted: category number to nomination, and their status. */
    public CountedVoter voter(int edition, String voterId) {
        return buckets.read(edition, voterId).voter(edition, voterId);
    }

    /** Votes per nomination in an edition, summed over buckets; {@code completeOnly} for complete ballots only. */
    public Map<String, NomineeVotes> votes(int edition, boolean completeOnly) {
        return buckets.votes(edition, completeOnly);
    }

    /** The valid votes per nomination. */
    public Map<String, Long> validVotes(int edition, boolean completeOnly) {
        Map<String, Long> valid = new HashMap<>();
        votes(edition, completeOnly).forEach((nomination, v) -> valid.put(nomination, v.valid()));
        return valid;
    }
}
