package org.wsis.community.forum.mongo;

import com.mongodb.client.result.UpdateResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * How many posts each account wrote lately, in {@value #COLLECTION}: one document per account holding the
 * times of its last posts (at most the limit, oldest first). Taking a post is one conditional update that
 * pushes the time only if the list is not full or its oldest time has left the window, so the limit holds
 * across replicas and restarts.
 */
@Repository
public class PostAllowances {

    public static final String COLLECTION = "post_allowances";

    private final MongoOperations mongo;

    public PostAllowances(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Takes one post of the account's allowance; false when it wrote {@code perAccount} within {@code window}. */
    public boolean take(String userId, Instant now, int perAccount, Duration window) {
        Query account = new Query(Criteria.where("_id").is(userId));
        try {
            mongo.upsert(account, new Update().setOnInsert("recent", List.of()), COLLECTION);
        } catch (DuplicateKeyException createdByAConcurrentPost) {
            // The document exists, which is all this step is for.
        }
        Criteria roomLeft = new Criteria()
                .orOperator(
                        Criteria.where("recent." + (perAccount - 1)).exists(false),
                        Criteria.where("recent.0").lte(Date.from(now.minus(window))));
        UpdateResult taken = mongo.updateFirst(
                new Query(Criteria.where("_id").is(userId).andOperator(roomLeft)),
                new Update()
                        .push("recent")
                        .sort(Sort.Direction.ASC)
                        .slice(-perAccount)
                        .each(Date.from(now)),
                COLLECTION);
        return taken.getMatchedCount() == 1;
    }

    /** When the oldest of the account's counted posts was written, to say when it may post again. */
    public Optional<Instant> oldest(String userId) {
        Document d = mongo.findById(userId, Document.class, COLLECTION);
        if (d == null) {
            return Optional.empty();
        }
        return d.getList("recent", Date.class, List.of()).stream().findFirst().map(Date::toInstant);
    }

    public void forget(String userId) {
        mongo.remove(new Query(Criteria.where("_id").is(userId)), COLLECTION);
    }
}
