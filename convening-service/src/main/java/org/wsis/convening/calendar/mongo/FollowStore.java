package org.wsis.convening.calendar.mongo;

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
import org.springframework.stereotype.Repository;
import org.wsis.convening.calendar.domain.Follow;
import org.wsis.servicekit.mongo.Indexes;
import org.wsis.servicekit.mongo.RecipientDocuments;
import org.wsis.servicekit.outbox.AggregateDocuments;

/**
 * Who follows which calendar entry, in {@value #COLLECTION}: one document per entry and person (its id is
 * theirs, so following twice is following once), carrying the reminders it caused in its outbox.
 */
@Repository
public class FollowStore {

    public static final String COLLECTION = "follows";

    private final MongoOperations mongo;
    private final AggregateDocuments documents;

    public FollowStore(MongoOperations mongo, AggregateDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
        // The followers of an entry about to start; a person's follows, their page and their erasure.
        Indexes.ascending(mongo, COLLECTION, "entryKey");
        Indexes.ascending(mongo, COLLECTION, "followerId");
    }

    /** Stores a new follow; false when the person already follows the entry. */
    public boolean insert(Follow follow) {
        try {
            documents.insert(COLLECTION, follow.id(), state(follow), follow.pendingEvents());
            return true;
        } catch (DuplicateKeyException already) {
            return false;
        }
    }

    /** Saves a loaded follow with the reminder it caused; fails as stale when another replica did first. */
    public void save(Follow follow) {
        documents.update(
                COLLECTION,
                follow.id(),
                follow.version() == null ? 0 : follow.version(),
                state(follow),
                follow.pendingEvents());
    }

    public Optional<Follow> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                .map(FollowStore::toFollow);
    }

    /** The follows of an entry not yet reminded of it starting at {@code start}. */
    public List<Follow> notRemindedOf(String entryKey, Instant start) {
        return mongo
                .find(
                        new Query(Criteria.where("entryKey")
                                .is(entryKey)
                                .and("remindedFor")
                                .ne(Date.from(start))),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(FollowStore::toFollow)
                .toList();
    }

    /** What {@code userId} follows, most recently followed first. */
    public List<Follow> ofFollower(String userId) {
        return mongo
                .find(
                        new Query(Criteria.where("followerId").is(userId))
                                .with(Sort.by(Sort.Direction.DESC, "createdAt")),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(FollowStore::toFollow)
                .toList();
    }

    public boolean delete(String id) {
        return mongo.remove(new Query(Criteria.where("_id").is(id)), COLLECTION).getDeletedCount() > 0;
    }

    /** Forgets every follow of {@code userId}; returns how many. */
    public long deleteOfFollower(String userId) {
        return mongo.remove(new Query(Criteria.where("followerId").is(userId)), COLLECTION)
                .getDeletedCount();
    }

    private static Document state(Follow follow) {
        Follow.State s = follow.state();
        return new Document("entryKey", s.entryKey())
                .append("followerId", s.follower().userId())
                .append("follower", RecipientDocuments.toDocument(s.follower()))
                .append("createdAt", Date.from(s.createdAt()))
                .append("remindedFor", s.remindedFor() == null ? null : Date.from(s.remindedFor()));
    }

    private static Follow toFollow(Document d) {
        Date reminded = d.getDate("remindedFor");
        return Follow.restore(new Follow.State(
                d.getString("_id"),
                d.getString("entryKey"),
                RecipientDocuments.fromDocument(d.get("follower", Document.class)),
                d.getDate("createdAt").toInstant(),
                reminded == null ? null : reminded.toInstant(),
                AggregateDocuments.versionOf(d)));
    }
}
