package org.wsis.notification.broadcast.mongo;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import org.wsis.notification.broadcast.domain.Announcement;
import org.wsis.notification.broadcast.domain.Broadcast;
import org.wsis.notification.preference.domain.Segment;

/**
 * Broadcasts in {@value #COLLECTION}, one document each. The insert that starts one is also its audit
 * record. Each page of its walk advances it by a write conditional on its version ({@code v}), which is
 * how a replica finds that another took the broadcast over.
 */
@Repository
public class BroadcastStore {

    public static final String COLLECTION = "broadcasts";

    private final MongoOperations mongo;

    public BroadcastStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public void insert(Broadcast broadcast) {
        Document variants = new Document();
        broadcast
                .announcement()
                .variants()
                .forEach((language, variant) -> variants.append(
                        language, new Document("subject", variant.subject()).append("body", variant.body())));
        mongo.insert(
                new Document("_id", broadcast.id())
                        .append("segment", broadcast.announcement().segment().name())
                        .append("edition", broadcast.announcement().edition())
                        .append("variants", variants)
                        .append("ratePerSecond", broadcast.announcement().ratePerSecond())
                        .append("path", broadcast.announcement().path())
                        .append("status", broadcast.status())
                        .append("recipients", broadcast.recipients())
                        .append("cursor", broadcast.cursor())
                        .append("createdBy", broadcast.createdBy())
                        .append("createdByName", broadcast.createdByName())
                        .append("createdAt", Date.from(broadcast.createdAt()))
                        .append("v", broadcast.version()),
                COLLECTION);
    }

    public Optional<Broadcast> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                .map(BroadcastStore::broadcastOf);
    }

    /** A page of the broadcasts, newest first. */
    public List<Broadcast> page(int page, int size) {
        return mongo
                .find(
                        new Query()
                                .with(Sort.by(Sort.Direction.DESC, "createdAt"))
                                .skip((long) page * size)
                                .limit(size),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(BroadcastStore::broadcastOf)
                .toList();
    }

    public long count() {
        return mongo.count(new Query(), COLLECTION);
    }

    /** The oldest running broadcast that is free, whose lease ran out, or that {@code worker} holds. */
    public Optional<Broadcast> nextWorkable(String worker, Instant now) {
        Query workable = new Query(new Criteria()
                        .andOperator(
                                Criteria.where("status").is("RUNNING"),
                                new Criteria()
                                        .orOperator(
                                                Criteria.where("leaseUntil").is(null),
                                                Criteria.where("leaseUntil").lte(Date.from(now)),
                                                Criteria.where("worker").is(worker))))
                .with(Sort.by("createdAt"))
                .limit(1);
        return Optional.ofNullable(mongo.findOne(workable, Document.class, COLLECTION))
                .map(BroadcastStore::broadcastOf);
    }

    /**
     * Moves the broadcast's cursor past a page and holds it for {@code worker} until {@code leaseUntil};
     * false when the broadcast changed since it was read at {@code version} (another replica took it).
     */
    public boolean advance(String id, long version, String cursor, String worker, Instant leaseUntil) {
        return advance(
                id,
                version,
                new Update().set("cursor", cursor).set("worker", worker).set("leaseUntil", Date.from(leaseUntil)));
    }

    /** Marks the broadcast completed; false when it changed since it was read at {@code version}. */
    public boolean complete(String id, long version, Instant completedAt) {
        return advance(
                id,
                version,
                new Update()
                        .set("status", "COMPLETED")
                        .set("completedAt", Date.from(completedAt))
                        .unset("leaseUntil")
                        .unset("worker"));
    }

    private boolean advance(String id, long version, Update update) {
        return mongo.updateFirst(
                                new Query(Criteria.where("_id").is(id).and("v").is(version)),
                                update.inc("v", 1L),
                                COLLECTION)
                        .getModifiedCount()
                == 1;
    }

    private static Broadcast broadcastOf(Document d) {
        Map<String, Announcement.Variant> variants = new TreeMap<>();
        d.get("variants", Document.class).forEach((language, v) -> {
            Document variant = (Document) v;
            variants.put(language, new Announcement.Variant(variant.getString("subject"), variant.getString("body")));
        });
        Date completed = d.getDate("completedAt");
        return new Broadcast(
                d.getString("_id"),
                new Announcement(
                        Segment.valueOf(d.getString("segment")),
                        d.getInteger("edition"),
                        variants,
                        d.getInteger("ratePerSecond"),
                        d.getString("path")),
                d.getString("status"),
                ((Number) d.get("recipients")).longValue(),
                d.getString("cursor"),
                d.getString("createdBy"),
                d.getString("createdByName"),
                d.getDate("createdAt").toInstant(),
                completed == null ? null : completed.toInstant(),
                ((Number) d.get("v")).longValue());
    }
}
