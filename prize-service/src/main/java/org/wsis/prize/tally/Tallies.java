package org.wsis.prize.tally;

import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.wsis.contracts.ballot.BallotCast;
import org.wsis.contracts.ballot.BallotCompleted;
import org.wsis.contracts.ballot.BallotEvent;

/**
 * Exact vote counts (ADR 0005). Voters are spread over {@value #BUCKETS} bucket documents by a hash of
 * their id. A bucket holds the counts of its voters' ballots and the record of which ballots it has
 * counted ({@code counted.e<edition>.<voter>.<category>}), and one conditional single-document upsert
 * does both: it matches only while that ballot is not yet recorded. A ballot delivered again, whether
 * Kafka redelivers it after a crash or the outbox relay published it twice, matches nothing and counts
 * nothing; every distinct ballot counts exactly once.
 *
 * <p>{@code all} counts every ballot; {@code complete} counts the ballots of voters who voted in every
 * category, for editions that require complete ballots.
 */
@Service
public class Tallies {

    public static final String COLLECTION = "tallies";

    /** Enough buckets that each stays small (about 20 voters each at 80,000 voters). */
    public static final int BUCKETS = 4096;

    private final MongoOperations mongo;

    public Tallies(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Counts the ballot unless it was counted before; returns whether it counted now. */
    public boolean count(BallotEvent event) {
        String voter = encode(event.voterId());
        String bucket = "b" + Math.floorMod(event.voterId().hashCode(), BUCKETS);
        String marker;
        Update update = new Update();
        switch (event) {
            case BallotCast cast -> {
                marker = "counted.e" + cast.edition() + "." + voter + "." + cast.category();
                update.set(marker, cast.nominationId()).inc(key("all", cast.edition(), cast.nominationId()), 1);
            }
            case BallotCompleted completed -> {
                marker = "completed.e" + completed.edition() + "." + voter;
                update.set(marker, true);
                completed.nominationIds().forEach(n -> update.inc(key("complete", completed.edition(), n), 1));
            }
        }
        Query notYetCounted =
                Query.query(Criteria.where("_id").is(bucket).and(marker).exists(false));
        try {
            mongo.upsert(notYetCounted, update, COLLECTION);
            return true;
        } catch (DuplicateKeyException countedBefore) {
            // The bucket exists and already records this ballot: the upsert tried to create it again.
            return false;
        }
    }

    /** Votes per nomination in an edition, summed over buckets; {@code completeOnly} for complete ballots only. */
    public Map<String, Long> votes(int edition, boolean completeOnly) {
        String field = (completeOnly ? "complete" : "all") + ".e" + edition;
        Query query = new Query(Criteria.where(field).exists(true));
        query.fields().include(field);
        Map<String, Long> votes = new HashMap<>();
        for (Document bucket : mongo.find(query, Document.class, COLLECTION)) {
            Document counts = bucket.get(completeOnly ? "complete" : "all", Document.class)
                    .get("e" + edition, Document.class);
            counts.forEach((nomination, n) -> votes.merge(decode(nomination), ((Number) n).longValue(), Long::sum));
        }
        return votes;
    }

    private static String key(String bucket, int edition, String nominationId) {
        return bucket + ".e" + edition + "." + encode(nominationId);
    }

    /** Ids as field names: no dots, no leading dollar. */
    private static String encode(String id) {
        return id.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    private static String decode(String field) {
        return field.replace("%24", "$").replace("%2E", ".").replace("%25", "%");
    }
}
