package org.wsis.prize.tally;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.wsis.contracts.ballot.BallotCast;
import org.wsis.contracts.prize.PrizeCategory;
import org.wsis.prize.tally.domain.BallotSignals;
import org.wsis.prize.tally.domain.BallotStatus;
import org.wsis.prize.tally.domain.CountedVoter;
import org.wsis.prize.tally.domain.Suspicion;
import org.wsis.prize.tally.domain.SuspicionRules;

/**
 * Exact vote counts (ADR 0005) that hold back suspicious ballots (ADR 0006). Voters are spread over
 * {@value #BUCKETS} bucket documents by a hash of their id. A bucket holds its voters' ballots
 * ({@code voters.e<edition>.<voter>}: each ballot, when it was cast, the voter's status and the
 * suspicions against them), the nominees' counters those ballots add up to
 * ({@code counts.e<edition>.<counter>.<nomination>}) and the bucket's version ({@code v}). Every change of a voter, whether a ballot, a flag or
 * an admin's review, is one single-document write conditional on the bucket's version, which saves the
 * voter and moves the counters together. A ballot already recorded counts nothing: Kafka redelivery,
 * a rewind of the group's offsets and copies published twice leave the counts as they are.
 */
@Service
public class Tallies {

    public static final String COLLECTION = "tallies";

    /** Enough buckets that each stays small (about 20 voters each at 80,000 voters). */
    public static final int BUCKETS = 4096;

    /** The bucket's version: every write of a bucket names the version it read and increments it. */
    static final String BUCKET_VERSION = "v";

    /** Buckets read at once for the standings. */
    private static final int READ_SLICE = 256;

    /** Unfinished burst windows repaired in one pass. */
    static final int REPAIR_BATCH = 100;

    /** A voter as read from their bucket, and the bucket's version at that read. */
    private record Loaded(CountedVoter voter, long bucketVersion) {}

    /** One nominee's ballots by where they count. */
    public record Votes(long valid, long flagged, long voided) {
        public static final Votes NONE = new Votes(0, 0, 0);
    }

    private final MongoOperations mongo;
    private final SuspicionRules rules;
    private final NetworkBursts bursts;
    private final FlaggedVoters flagged;
    private final PrizePseudonyms pseudonyms;

    Tallies(
            MongoOperations mongo,
            SuspicionSettings settings,
            NetworkBursts bursts,
            FlaggedVoters flagged,
            PrizePseudonyms pseudonyms) {
        this.mongo = mongo;
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
            String bucket = bucketOf(ballot.voterId());
            Document found =
                    readBuckets(Set.of(bucket), List.of(ballot), erased).get(bucket);
            BallotCast cast = as(found, ballot, erased);
            Loaded loaded = new Loaded(voterIn(found, cast.edition(), cast.voterId()), versionOf(found));
            List<NetworkBursts.Window> crossed = new ArrayList<>();
            BallotStatus status = apply(loaded.voter(), cast, crossed);
            if (status == null) {
                return null;
            }
            if (save(cast.edition(), loaded.voter(), loaded.bucketVersion())) {
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
            byBucket.computeIfAbsent(bucketOf(ballots.get(i).voterId()), b -> new ArrayList<>())
                    .add(i);
        }
        Map<String, String> erased = pseudonyms.ofErased(
                ballots.stream().map(BallotCast::voterId).distinct().toList());
        Map<String, Document> read = readBuckets(byBucket.keySet(), ballots, erased);
        List<@Nullable BallotStatus> outcomes = new ArrayList<>(Collections.nCopies(ballots.size(), null));
        List<Runnable> afterWrite = new ArrayList<>();
        BulkOperations writes = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        int updates = 0;
        for (Map.Entry<String, List<Integer>> bucket : byBucket.entrySet()) {
            Document found = read.get(bucket.getKey());
            Map<String, CountedVoter> voters = new HashMap<>();
            // The voters this batch changed, each with its edition: what the bucket's write saves.
            Map<CountedVoter, Integer> changed = new java.util.IdentityHashMap<>();
            for (int i : bucket.getValue()) {
                BallotCast cast = as(found, ballots.get(i), erased);
                CountedVoter voter = voters.computeIfAbsent(
                        cast.edition() + "/" + cast.voterId(), k -> voterIn(found, cast.edition(), cast.voterId()));
                List<NetworkBursts.Window> crossed = new ArrayList<>();
                BallotStatus status = apply(voter, cast, crossed);
                outcomes.set(i, status);
                if (status != null) {
                    changed.put(voter, cast.edition());
                    crossed.forEach(window -> afterWrite.add(() -> flagBurst(cast.edition(), window)));
                }
            }
            if (!changed.isEmpty()) {
                writes.updateOne(unchanged(bucket.getKey(), versionOf(found)), write(changed));
                updates++;
            }
        }
        if (updates > 0 && writes.execute().getMatchedCount() < updates) {
            List<@Nullable BallotStatus> again = new ArrayList<>();
            ballots.forEach(ballot -> again.add(count(ballot)));
            return again;
        }
        afterWrite.forEach(Runnable::run);
        return outcomes;
    }

    /**
     * The ballot as it is counted: under its voter, or, for a voter who erased their account, under
     * their pseudonym (a late copy of a ballot counted before then finds it counted, and a ballot not
     * yet counted counts without the voter). While the erasure has not yet moved the voter's ballots
     * in this bucket, they are still counted under the voter's id: the bucket never holds both, since
     * the erasure moves them in one conditional write, and nothing is counted under the id of an
     * account recorded as erased unless its ballots are still there.
     */
    private static BallotCast as(Document bucket, BallotCast cast, Map<String, String> erased) {
        String pseudonym = erased.get(cast.voterId());
        if (pseudonym == null
                || (entryOf(bucket, cast.edition(), cast.voterId()) != null
                        && entryOf(bucket, cast.edition(), pseudonym) == null)) {
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
        String bucket = bucketOf(voterId);
        while (true) {
            Query query = Query.query(Criteria.where("_id").is(bucket));
            query.fields()
                    .include(pathOf(edition, voterId))
                    .include(pathOf(edition, pseudonym))
                    .include(BUCKET_VERSION);
            Document found = mongo.findOne(query, Document.class, COLLECTION);
            Document ballots = found == null ? null : entryOf(found, edition, voterId);
            if (ballots == null) {
                return false;
            }
            if (entryOf(found, edition, pseudonym) != null) {
                throw new IllegalStateException("Bucket " + bucket + " holds both an erased voter and their pseudonym");
            }
            Document kept = new Document(ballots);
            kept.remove("n");
            kept.remove("d");
            kept.remove("c");
            Update move = new Update()
                    .set(pathOf(edition, pseudonym), kept)
                    .unset(pathOf(edition, voterId))
                    .inc(BUCKET_VERSION, 1);
            if (mongo.updateFirst(unchanged(bucket, versionOf(found)), move, COLLECTION)
                            .getMatchedCount()
                    == 1) {
                return true;
            }
            // A ballot of the same bucket was counted meanwhile: read it again.
        }
    }

    /**
     * Applies one ballot to its voter in memory: the suspicions it raises (recording the voter in their
     * network's window where the account is young), the count, and the review listing of a flagged
     * voter, which is written before the ballot's bucket. Returns null for a ballot counted before.
     */
    private @Nullable BallotStatus apply(CountedVoter voter, BallotCast cast, List<NetworkBursts.Window> crossed) {
        if (voter.hasCounted(cast.category())) {
            return null;
        }
        BallotSignals signals = new BallotSignals(cast.clientNetwork(), cast.emailDomain(), cast.accountCreatedAt());
        Set<Suspicion> raised = EnumSet.noneOf(Suspicion.class);
        raised.addAll(rules.judge(signals, cast.occurredAt(), voter.ballotTimes()));
        if (rules.countsTowardsNetworkBurst(signals, cast.occurredAt())) {
            NetworkBursts.Window window = bursts.record(
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
        for (NetworkBursts.Window window : bursts.unfinished(REPAIR_BATCH)) {
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
    private void flagBurst(int edition, NetworkBursts.Window window) {
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
            Loaded loaded = load(edition, voterId);
            CountedVoter voter = loaded.voter();
            if (!voter.flag(raised)) {
                return;
            }
            flagged.flagged(edition, voter);
            if (save(edition, voter, loaded.bucketVersion())) {
                return;
            }
        }
    }

    /** An admin's review of a flagged voter: their ballots count as valid, or as void. */
    public void decide(int edition, String voterId, BallotStatus decision, BallotReview.Decision recorded) {
        while (true) {
            Loaded loaded = load(edition, voterId);
            CountedVoter voter = loaded.voter();
            voter.decide(decision);
            if (save(edition, voter, loaded.bucketVersion())) {
                flagged.decided(edition, voterId, decision, recorded);
                return;
            }
        }
    }

    /** Where an erased voter's ballots are: under their id until the erasure moved them, then under the pseudonym. */
    private String keyOf(int edition, String voterId, String pseudonym) {
        Query query = Query.query(Criteria.where("_id").is(bucketOf(voterId)));
        query.fields().include(pathOf(edition, voterId)).include(pathOf(edition, pseudonym));
        Document found = mongo.findOne(query, Document.class, COLLECTION);
        return found != null && entryOf(found, edition, voterId) != null && entryOf(found, edition, pseudonym) == null
                ? voterId
                : pseudonym;
    }

    /** One voter's ballots as counted: category number to nomination, and their status. */
    public CountedVoter voter(int edition, String voterId) {
        return load(edition, voterId).voter();
    }

    /** Votes per nomination in an edition, summed over buckets; {@code completeOnly} for complete ballots only. */
    public Map<String, Votes> votes(int edition, boolean completeOnly) {
        String field = "counts.e" + edition;
        Map<String, long[]> sums = new HashMap<>();
        // By id, a slice of buckets at a time: at a full edition all counters together exceed what one
        // reply may carry.
        for (int first = 0; first < BUCKETS; first += READ_SLICE) {
            List<String> slice = new ArrayList<>();
            for (int b = first; b < Math.min(BUCKETS, first + READ_SLICE); b++) {
                slice.add("b" + b);
            }
            Query query = new Query(Criteria.where("_id").in(slice));
            query.fields().include(field);
            for (Document bucket : mongo.find(query, Document.class, COLLECTION)) {
                Document all = child(bucket, "counts");
                Document counts = all == null ? null : child(all, "e" + edition);
                if (counts == null) {
                    continue;
                }
                for (BallotStatus.Counter counter : BallotStatus.Counter.values()) {
                    Document perNominee = child(counts, counter.field(completeOnly));
                    if (perNominee == null) {
                        continue;
                    }
                    perNominee.forEach((nomination, n) ->
                            sums.computeIfAbsent(decode(nomination), k -> new long[3])[counter.ordinal()] +=
                                    ((Number) n).longValue());
                }
            }
        }
        Map<String, Votes> votes = new HashMap<>();
        sums.forEach((nomination, n) -> votes.put(nomination, new Votes(n[0], n[1], n[2])));
        return votes;
    }

    /** The valid votes per nomination. */
    public Map<String, Long> validVotes(int edition, boolean completeOnly) {
        Map<String, Long> valid = new HashMap<>();
        votes(edition, completeOnly).forEach((nomination, v) -> valid.put(nomination, v.valid()));
        return valid;
    }

    private Loaded load(int edition, String voterId) {
        String bucket = bucketOf(voterId);
        String path = pathOf(edition, voterId);
        Query query = Query.query(Criteria.where("_id").is(bucket));
        query.fields().include(path).include(BUCKET_VERSION);
        Document found = mongo.findOne(query, Document.class, COLLECTION);
        if (found == null) {
            try {
                // Buckets exist before voters are written to them, so every write is a plain conditional update.
                mongo.insert(new Document("_id", bucket).append(BUCKET_VERSION, 0L), COLLECTION);
            } catch (DuplicateKeyException createdMeanwhile) {
                // Another ballot of the same bucket created it.
            }
            return load(edition, voterId);
        }
        return new Loaded(voterIn(found, edition, voterId), versionOf(found));
    }

    /**
     * Saves the voter and moves the counters in one write, which matches only while the bucket is at
     * the version it was read at: the check that keeps every ballot counted once.
     */
    private boolean save(int edition, CountedVoter voter, long bucketVersion) {
        return mongo.updateFirst(
                                unchanged(bucketOf(voter.voterId()), bucketVersion),
                                write(Map.of(voter, edition)),
                                COLLECTION)
                        .getMatchedCount()
                == 1;
    }

    private static Query unchanged(String bucket, long version) {
        return Query.query(Criteria.where("_id").is(bucket).and(BUCKET_VERSION).is(version));
    }

    /**
     * The update of one bucket that saves its voters (each with its edition) and moves the counters
     * they changed. Changes of one counter by several voters are summed first: an update names each
     * field once.
     */
    private static Update write(Map<CountedVoter, Integer> voters) {
        Update update = new Update().inc(BUCKET_VERSION, 1);
        Map<String, Integer> counters = new LinkedHashMap<>();
        voters.forEach((voter, edition) -> {
            update.set(pathOf(edition, voter.voterId()), state(voter));
            voter.increments()
                    .forEach((increment, delta) -> counters.merge(
                            "counts.e" + edition + "." + increment.counter() + "." + encode(increment.nominationId()),
                            delta,
                            Integer::sum));
        });
        counters.forEach((field, delta) -> {
            if (delta != 0) {
                update.inc(field, delta);
            }
        });
        return update;
    }

    /**
     * The buckets of the ballots, with only their voters' part (and their pseudonyms' part, for those who
     * erased their account); missing buckets are created empty.
     */
    private Map<String, Document> readBuckets(
            Set<String> buckets, List<BallotCast> ballots, Map<String, String> erased) {
        Query query = Query.query(Criteria.where("_id").in(buckets));
        query.fields().include(BUCKET_VERSION);
        ballots.forEach(b -> {
            query.fields().include(pathOf(b.edition(), b.voterId()));
            String pseudonym = erased.get(b.voterId());
            if (pseudonym != null) {
                query.fields().include(pathOf(b.edition(), pseudonym));
            }
        });
        Map<String, Document> read = new HashMap<>();
        mongo.find(query, Document.class, COLLECTION).forEach(d -> read.put(d.getString("_id"), d));
        for (String bucket : buckets) {
            if (!read.containsKey(bucket)) {
                Document empty = new Document("_id", bucket).append(BUCKET_VERSION, 0L);
                try {
                    mongo.insert(new Document(empty), COLLECTION);
                    read.put(bucket, empty);
                } catch (DuplicateKeyException createdMeanwhile) {
                    read.put(
                            bucket,
                            mongo.findOne(Query.query(Criteria.where("_id").is(bucket)), Document.class, COLLECTION));
                }
            }
        }
        return read;
    }

    private static long versionOf(Document bucket) {
        return ((Number) bucket.get(BUCKET_VERSION)).longValue();
    }

    /** A voter as their bucket, read with their part projected, holds them. */
    private static CountedVoter voterIn(Document bucket, int edition, String voterId) {
        Document entry = entryOf(bucket, edition, voterId);
        return entry == null ? CountedVoter.none(voterId, PrizeCategory.COUNT) : restore(voterId, entry);
    }

    private static @Nullable Document entryOf(Document bucket, int edition, String voterId) {
        Document entry = child(bucket, "voters");
        entry = entry == null ? null : child(entry, "e" + edition);
        return entry == null ? null : child(entry, encode(voterId));
    }

    private static Document state(CountedVoter voter) {
        Document ballots = new Document();
        Document times = new Document();
        voter.ballots().forEach((category, nomination) -> ballots.append(String.valueOf(category), nomination));
        voter.castAt().forEach((category, at) -> times.append(String.valueOf(category), at.toEpochMilli()));
        Document state = new Document("s", voter.status().name())
                .append(
                        "r",
                        voter.suspicions().stream().map(Enum::name).sorted().toList())
                .append("b", ballots)
                .append("t", times);
        BallotSignals signals = voter.signals();
        if (signals != null) {
            state.append("n", signals.clientNetwork()).append("d", signals.emailDomain());
            if (signals.accountCreatedAt() != null) {
                state.append("c", Date.from(signals.accountCreatedAt()));
            }
        }
        return state;
    }

    private static CountedVoter restore(String voterId, Document entry) {
        Map<Integer, String> ballots = new HashMap<>();
        Map<Integer, Instant> times = new HashMap<>();
        Document b = child(entry, "b");
        Document t = child(entry, "t");
        if (b != null) {
            b.forEach((category, nomination) -> ballots.put(Integer.valueOf(category), (String) nomination));
        }
        if (t != null) {
            t.forEach((category, at) ->
                    times.put(Integer.valueOf(category), Instant.ofEpochMilli(((Number) at).longValue())));
        }
        Set<Suspicion> suspicions = EnumSet.noneOf(Suspicion.class);
        entry.getList("r", String.class, List.of()).forEach(r -> suspicions.add(Suspicion.valueOf(r)));
        String network = entry.getString("n");
        Date created = entry.getDate("c");
        BallotSignals signals = network == null
                ? null
                : new BallotSignals(network, entry.getString("d"), created == null ? null : created.toInstant());
        return CountedVoter.restore(
                voterId,
                PrizeCategory.COUNT,
                BallotStatus.valueOf(entry.getString("s")),
                suspicions,
                ballots,
                times,
                signals);
    }

    private static @Nullable Document child(Document parent, String key) {
        Object value = parent.get(key);
        return value instanceof Document d ? d : null;
    }

    private static String bucketOf(String voterId) {
        return "b" + bucketIndex(voterId);
    }

    static int bucketIndex(String voterId) {
        return Math.floorMod(voterId.hashCode(), BUCKETS);
    }

    private static String pathOf(int edition, String voterId) {
        return "voters.e" + edition + "." + encode(voterId);
    }

    /** Ids as field names: no dots, no leading dollar. */
    private static String encode(String id) {
        return id.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    private static String decode(String field) {
        return field.replace("%24", "$").replace("%2E", ".").replace("%25", "%");
    }
}
