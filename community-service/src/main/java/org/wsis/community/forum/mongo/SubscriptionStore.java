package org.wsis.community.forum.mongo;

import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.wsis.contracts.Recipient;
import org.wsis.servicekit.mongo.Indexes;
import org.wsis.servicekit.mongo.RecipientDocuments;

/**
 * Who follows which thread, in {@value #COLLECTION}: one document per thread and person (the id is the pair),
 * with how to write to them as they were when they followed it.
 */
@Repository
public class SubscriptionStore {

    public static final String COLLECTION = "subscriptions";

    /** A thread someone follows, and since when. */
    public record Subscription(String threadId, Recipient subscriber, Instant since) {}

    private final MongoOperations mongo;

    public SubscriptionStore(MongoOperations mongo) {
        this.mongo = mongo;
        Indexes.ascending(mongo, COLLECTION, "threadId");
        Indexes.ascending(mongo, COLLECTION, "userId");
    }

    private static String id(String threadId, String userId) {
        return threadId + ":" + userId;
    }

    /** {@code subscriber} follows the thread; following again refreshes how to write to them. Idempotent. */
    public void subscribe(String threadId, Recipient subscriber, Instant now) {
        Document existing = mongo.findById(id(threadId, subscriber.userId()), Document.class, COLLECTION);
        Date since = existing == null ? Date.from(now) : existing.getDate("since");
        mongo.getCollection(COLLECTION)
                .replaceOne(
                        new Document("_id", id(threadId, subscriber.userId())),
                        new Document("_id", id(threadId, subscriber.userId()))
                                .append("threadId", threadId)
                                .append("userId", subscriber.userId())
                                .append("subscriber", RecipientDocuments.toDocument(subscriber))
                                .append("since", since),
                        new ReplaceOptions().upsert(true));
    }

    public void unsubscribe(String threadId, String userId) {
        mongo.remove(new Query(Criteria.where("_id").is(id(threadId, userId))), COLLECTION);
    }

    public boolean follows(String threadId, String userId) {
        return mongo.exists(new Query(Criteria.where("_id").is(id(threadId, userId))), COLLECTION);
    }

    /** Everyone following the thread. */
    public List<Recipient> of(String threadId) {
        return mongo.find(new Query(Criteria.where("threadId").is(threadId)), Document.class, COLLECTION).stream()
                .map(d -> RecipientDocuments.fromDocument(d.get("subscriber", Document.class)))
                .toList();
    }

    /** The threads a person follows, most recent first. */
    public List<Subscription> ofPerson(String userId) {
        return mongo
                .find(
                        new Query(Criteria.where("userId").is(userId)).with(Sort.by(Sort.Direction.DESC, "since")),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(d -> new Subscription(
                        d.getString("threadId"),
                        RecipientDocuments.fromDocument(d.get("subscriber", Document.class)),
                        d.getDate("since").toInstant()))
                .toList();
    }

    public void deleteOfPerson(String userId) {
        mongo.remove(new Query(Criteria.where("userId").is(userId)), COLLECTION);
    }
}
