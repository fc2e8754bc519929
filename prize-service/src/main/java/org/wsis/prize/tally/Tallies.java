package org.wsis.prize.tally;

import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
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
 * suspicions against them, and a version) and the nominees' counters those ballots add up to
 * ({@code counts.e<edition>.<counter>.<nomination>}). Every change of a voter, whether a ballot, a flag or
 * an admin's review, is one single-document write conditional on the voter's version, which saves the
 * voter and moves the counters together. A ballot already recorded counts nothing: Kafka redelivery,
 * a rewind of the group's offsets and copies published twice leave the counts as they are.
 */
@Service
public class Tallies {

    public static final String COLLECTION = "tallies";

    /** Enough buckets that each stays small (about 20 voters each at 80,000 voters). */
    public static final int BUCKETS = 4096;

    /** One nominee's ballots by where they count. */
    public record Votes(long valid, long flagged, long voided) {
        public static final Votes NONE = new Votes(0, 0, 0);
    }

    private final MongoOperations mongo;
    private final SuspicionRules rules;
    private final NetworkBursts bursts;
    private final FlaggedVoters flagged;

    Tallies(MongoOperations mongo, SuspicionSettings settings, NetworkBursts bursts, FlaggedVoters flagged) {
        this.mongo = mongo;
        this.rules = settings.rules();
        this.bursts = bursts;
        this.flagged = flagged;
    }

    /**
     * Counts the ballot unless it was counted before; returns the status it counted under, or null for a
     * ballot counted before.
     */
    public @Nullable BallotStatus count(BallotCast cast) {
        BallotSignals signals = new BallotSignals(cast.clientNetwork(), cast.emailDomain(), cast.accountCreatedAt());
        while (true) {
            CountedVoter voter = load(cast.edition(), cast.voterId());
            if (voter.hasCounted(cast.category())) {
                return null;
            }
            Set<Suspicion> raised = EnumSet.noneOf(Suspicion.class);
            raised.addAll(rules.judge(signals, cast.occurredAt(), voter.ballotTimes()));
            NetworkBursts.Window window = null;
            if (rules.countsTowardsNetworkBurst(signals, cast.occurredAt())) {
                window = bursts.record(
                        cast.edition(), cast.clientNetwork(), rules.burstWindowOf(cast.occurredAt()), cast.voterId());
                if (rules.isBurst(window.accounts().size())) {
                    raised.add(Suspicion.NETWORK_BURST);
                }
            }
            voter.count(cast.category(), cast.nominationId(), cast.occurredAt(), signals, raised);
            if (voter.status() == BallotStatus.FLAGGED && !raised.isEmpty()) {
                flagged.flagged(cast.edition(), voter);
            }
            if (save(cast.edition(), voter)) {
                if (window != null && rules.isBurst(window.accounts().size()) && !window.allFlagged()) {
                    flagBurst(cast.edition(), window);
                }
                return voter.status();
            }
            // The voter changed since it was read (an admin's review, a burst flagged elsewhere): again.
        }
    }

    /**
     * A network's window just became a burst: the accounts that voted in it before the threshold was
     * crossed are flagged too. Each flag is idempotent, so a crash halfway repeats the whole window.
     */
    private void flagBurst(int edition, NetworkBursts.Window window) {
        for (String voterId : window.accounts()) {
            flag(edition, voterId, Set.of(Suspicion.NETWORK_BURST));
        }
        bursts.allFlagged(window.id());
    }

    private void flag(int edition, String voterId, Set<Suspicion> raised) {
        while (true) {
            CountedVoter voter = load(edition, voterId);
            if (!voter.flag(raised)) {
                return;
            }
            flagged.flagged(edition, voter);
            if (save(edition, voter)) {
                return;
            }
        }
    }

    /** An admin's review of a flagged voter: their ballots count as valid, or as void. */
    public void decide(int edition, String voterId, BallotStatus decision, String admin) {
        while (true) {
            CountedVoter voter = load(edition, voterId);
            voter.decide(decision);
            if (save(edition, voter)) {
                flagged.decided(edition, voterId, decision, admin);
                return;
            }
        }
    }

    /** One voter's ballots as counted: category number to nomination, and their status. */
    public CountedVoter voter(int edition, String voterId) {
        return load(edition, voterId);
    }

    /** Votes per nomination in an edition, summed over buckets; {@code completeOnly} for complete ballots only. */
    public Map<String, Votes> votes(int edition, boolean completeOnly) {
        String field = "counts.e" + edition;
        Query query = new Query(Criteria.where(field).exists(true));
        query.fields().include(field);
        Map<String, long[]> sums = new HashMap<>();
        for (Document bucket : mongo.find(query, Document.class, COLLECTION)) {
            Document counts = bucket.get("counts", Document.class).get("e" + edition, Document.class);
            for (BallotStatus.Counter counter : BallotStatus.Counter.values()) {
                Document perNominee = counts.get(counter.field(completeOnly), Document.class);
                if (perNominee == null) {
                    continue;
                }
                perNominee.forEach((nomination, n) ->
                        sums.computeIfAbsent(decode(nomination), k -> new long[3])[counter.ordinal()] +=
                                ((Number) n).longValue());
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

    private CountedVoter load(int edition, String voterId) {
        String bucket = bucketOf(voterId);
        String path = pathOf(edition, voterId);
        Query query = Query.query(Criteria.where("_id").is(bucket));
        query.fields().include(path);
        Document found = mongo.findOne(query, Document.class, COLLECTION);
        if (found == null) {
            try {
                // Buckets exist before voters are written to them, so every write is a plain conditional update.
                mongo.insert(new Document("_id", bucket), COLLECTION);
            } catch (DuplicateKeyException createdMeanwhile) {
                // Another ballot of the same bucket created it.
            }
            return CountedVoter.none(voterId, PrizeCategory.COUNT);
        }
        Document entry = child(child(found, "voters"), "e" + edition);
        entry = entry == null ? null : child(entry, encode(voterId));
        return entry == null ? CountedVoter.none(voterId, PrizeCategory.COUNT) : restore(voterId, entry);
    }

    private boolean save(int edition, CountedVoter voter) {
        String path = pathOf(edition, voter.voterId());
        Criteria unchanged = Criteria.where("_id").is(bucketOf(voter.voterId()));
        unchanged = voter.version() == 0
                ? unchanged.and(path).exists(false)
                : unchanged.and(path + ".v").is(voter.version());
        Update update = new Update().set(path, state(voter));
        voter.increments()
                .forEach((increment, delta) -> update.inc(
                        "counts.e" + edition + "." + increment.counter() + "." + encode(increment.nominationId()),
                        delta));
        return mongo.updateFirst(Query.query(unchanged), update, COLLECTION).getMatchedCount() == 1;
    }

    private static Document state(CountedVoter voter) {
        Document ballots = new Document();
        Document times = new Document();
        voter.ballots().forEach((category, nomination) -> ballots.append(String.valueOf(category), nomination));
        voter.castAt().forEach((category, at) -> times.append(String.valueOf(category), at.toEpochMilli()));
        Document state = new Document("v", voter.version() + 1)
                .append("s", voter.status().name())
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
                ((Number) entry.get("v")).longValue(),
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
        return "b" + Math.floorMod(voterId.hashCode(), BUCKETS);
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
