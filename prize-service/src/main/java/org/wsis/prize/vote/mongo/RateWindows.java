package org.wsis.prize.vote.mongo;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Vote attempts counted per key and minute, in {@value #COLLECTION} (ADR 0016): one document per key
 * and minute ({@code <key>:<minute>}), counted by one upsert that increments and returns the count, so
 * every replica counts into the same window. A window expires at {@code expiresAt}: MongoDB deletes it
 * through a TTL index, and {@link #removeExpired} deletes it as well, for servers that do not honour TTL
 * indexes (the wire-protocol server of the tests and the local stack).
 */
@Repository
public class RateWindows {

    public static final String COLLECTION = "vote_rate_windows";

    private final MongoOperations mongo;

    public RateWindows(MongoOperations mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION)
                .createIndex(new Index().on("expiresAt", Sort.Direction.ASC).expire(Duration.ZERO));
    }

    /** Counts one attempt of the key in its minute and returns the minute's attempts, this one included. */
    public long count(String key, long minute, Instant expiresAt) {
        Query query = Query.query(Criteria.where("_id").is(key + ":" + minute));
        Update update = new Update().inc("attempts", 1).setOnInsert("expiresAt", Date.from(expiresAt));
        FindAndModifyOptions options =
                FindAndModifyOptions.options().upsert(true).returnNew(true);
        Document counted;
        try {
            counted = mongo.findAndModify(query, update, options, Document.class, COLLECTION);
        } catch (DuplicateKeyException createdMeanwhile) {
            // The first two attempts of a window raced to create it; it exists now.
            counted = mongo.findAndModify(query, update, options, Document.class, COLLECTION);
        }
        return counted == null ? 1 : ((Number) counted.get("attempts")).longValue();
    }

    /** Removes every window of the key. */
    public void removeKey(String key) {
        mongo.remove(Query.query(Criteria.where("_id").regex("^" + Pattern.quote(key + ":"))), COLLECTION);
    }

    /** Removes the windows expired at {@code now}. */
    public void removeExpired(Instant now) {
        mongo.remove(Query.query(Criteria.where("expiresAt").lt(Date.from(now))), COLLECTION);
    }
}
