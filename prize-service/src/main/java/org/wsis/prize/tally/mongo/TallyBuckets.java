package org.wsis.prize.tally.mongo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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
import org.springframework.stereotype.Repository;
import org.wsis.contracts.prize.PrizeCategory;
import org.wsis.prize.tally.domain.BallotSignals;
import org.wsis.prize.tally.domain.BallotStatus;
import org.wsis.prize.tally.domain.CountedVoter;
import org.wsis.prize.tally.domain.NomineeVotes;
import org.wsis.prize.tally.domain.Suspicion;

/**
 * The tallies' storage (ADR 0005): voters spread over {@value #BUCKETS} bucket documents in {@value
 * #COLLECTION} by a hash of their id. A bucket holds its voters' ballots ({@code voters.e<edition>.<voter>}:
 * each ballot, when it was cast, the voter's status, the suspicions against them and the signals that
 * raised them), the nominees' counters those ballots add up to ({@code counts.e<edition>.<counter>.<nomination>})
 * and the bucket's version ({@code v}). Every write of a bucket is conditional on the version it was read
 * at and increments it, saving the voters and moving the counters together.
 */
@Repository
public class TallyBuckets {

    public static final String COLLECTION = "tallies";

    /** Enough buckets that each stays small (about 20 voters each at 80,000 voters). */
    public static final int BUCKETS = 4096;

    /** The bucket's version: every write of a bucket names the version it read and increments it. */
    public static final String BUCKET_VERSION = "v";

    /** Buckets read at once for the standings. */
    private static final int READ_SLICE = 256;

    /** A voter's place in a bucket: the edition and the voter (or pseudonym) the ballots are under. */
    public record Part(int edition, String voterId) {}

    /** A bucket as read, with only the parts asked for, and its version at that read. */
    public static final class Bucket {

        private final Document document;

        private Bucket(Document document) {
            this.document = document;
        }

        public String id() {
            return document.getString("_id");
        }

        public long version() {
            return ((Number) document.get(BUCKET_VERSION)).longValue();
        }

        /** Whether the bucket holds ballots of the voter in the edition (as read). */
        public boolean holds(int edition, String voterId) {
            return entryOf(document, edition, voterId) != null;
        }

        /** The voter as the bucket holds them; a voter with no ballot counted yet when it holds none. */
        public CountedVoter voter(int edition, String voterId) {
            Document entry = entryOf(document, edition, voterId);
            return entry == null ? CountedVoter.none(voterId, PrizeCategory.COUNT) : restore(voterId, entry);
        }
    }

    /** One bucket's write in a batch: its voters (each with its edition), at the version it was read at. */
    public record Write(Bucket bucket, Map<CountedVoter, Integer> voters) {}

    private final MongoOperations mongo;

    public TallyBuckets(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public static String bucketOf(String voterId) {
        return "b" + bucketIndex(voterId);
    }

    public static int bucketIndex(String voterId) {
        return Math.floorMod(voterId.hashCode(), BUCKETS);
    }

    /**
     * The buckets of the given parts, each with only those parts; missing buckets are created empty (so
     * every later write is a plain conditional update).
     */
    public Map<String, Bucket> read(Collection<Part> parts) {
        Set<String> buckets = new java.util.LinkedHashSet<>();
        for (Part part : parts) {
            buckets.add(bucketOf(part.voterId()));
        }
        Query query = Query.query(Criteria.where("_id").in(buckets));
        query.fields().include(BUCKET_VERSION);
        parts.forEach(part -> query.fields().include(pathOf(part.edition(), part.voterId())));
        Map<String, Bucket> read = new HashMap<>();
        mongo.find(query, Document.class, COLLECTION).forEach(d -> read.put(d.getString("_id"), new Bucket(d)));
        for (String bucket : buckets) {
            if (!read.containsKey(bucket)) {
                Document empty = new Document("_id", bucket).append(BUCKET_VERSION, 0L);
                try {
                    mongo.insert(new Document(empty), COLLECTION);
                    read.put(bucket, new Bucket(empty));
                } catch (DuplicateKeyException createdMeanwhile) {
                    read.put(
                            bucket,
                            new Bucket(mongo.findOne(
                                    Query.query(Criteria.where("_id").is(bucket)), Document.class, COLLECTION)));
                }
            }
        }
        return read;
    }

    /** The bucket of one voter, with their part of an edition (created empty when missing). */
    public Bucket read(int edition, String voterId) {
        return read(List.of(new Part(edition, voterId))).get(bucketOf(voterId));
    }

    /**
     * Saves the voter and moves the counters in one write, which matches only while the bucket is at the
     * version it was read at: the check that keeps every ballot counted once. False when it changed.
     */
    public boolean save(int edition, CountedVoter voter, long bucketVersion) {
        return mongo.updateFirst(
                                unchanged(bucketOf(voter.voterId()), bucketVersion),
                                write(Map.of(voter, edition)),
                                COLLECTION)
                        .getMatchedCount()
                == 1;
    }

    /** Writes several buckets in one bulk, each conditional on its version; true when every one matched. */
    public boolean saveAll(List<Write> writes) {
        if (writes.isEmpty()) {
            return true;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        for (Write w : writes) {
            bulk.updateOne(unchanged(w.bucket().id(), w.bucket().version()), write(w.voters()));
        }
        return bulk.execute().getMatchedCount() == writes.size();
    }

    /**
     * Moves a voter's ballots of an edition to their pseudonym, in the same bucket, in one write
     * conditional on the bucket's version; the counters are not touched. Their status and suspicions stay;
     * the signals that describe the person (network, mail domain, account age) go. Returns false,
     * changing nothing, when the bucket holds no ballot of the voter in that edition.
     */
    public boolean moveToPseudonym(int edition, String voterId, String pseudonym) {
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
            if (mongo.updateFirst(unchanged(bucket, new Bucket(found).version()), move, COLLECTION)
                            .getMatchedCount()
                    == 1) {
                return true;
            }
            // A ballot of the same bucket was counted meanwhile: read it again.
        }
    }

    /** Votes per nomination in an edition, summed over buckets; {@code completeOnly} for complete ballots only. */
    public Map<String, NomineeVotes> votes(int edition, boolean completeOnly) {
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
        Map<String, NomineeVotes> votes = new HashMap<>();
        sums.forEach((nomination, n) -> votes.put(nomination, new NomineeVotes(n[0], n[1], n[2])));
        return votes;
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
        return CountedVoter.restore(new CountedVoter.State(
                voterId,
                PrizeCategory.COUNT,
                BallotStatus.valueOf(entry.getString("s")),
                suspicions,
                ballots,
                times,
                signals));
    }

    private static @Nullable Document child(Document parent, String key) {
        Object value = parent.get(key);
        return value instanceof Document d ? d : null;
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
