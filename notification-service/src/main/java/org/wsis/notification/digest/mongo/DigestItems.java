package org.wsis.notification.digest.mongo;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import org.wsis.notification.digest.domain.DigestItem;
import org.wsis.notification.notice.domain.Notice;
import org.wsis.notification.notice.mongo.NoticeDocuments;
import org.wsis.notification.preference.domain.Frequency;
import org.wsis.servicekit.mongo.Indexes;
import org.wsis.servicekit.mongo.RecipientDocuments;

/**
 * The notices waiting for a digest, in {@value #ITEMS}, one document per notice and person. Tagging an
 * item with its digest and postponing it are conditional on its being untagged, so a step repeated after
 * a crash, or racing another replica, changes nothing twice.
 */
@Repository
public class DigestItems {

    public static final String ITEMS = "digestItems";

    private final MongoOperations mongo;

    public DigestItems(MongoOperations mongo) {
        this.mongo = mongo;
        Indexes.ascending(mongo, ITEMS, "digestId");
        Indexes.ascending(mongo, ITEMS, "dueAt");
        Indexes.ascending(mongo, ITEMS, "recipientId");
    }

    /** Adds the item; false when it was added before (the event was redelivered). */
    public boolean add(DigestItem item) {
        try {
            mongo.insert(
                    new Document("_id", item.id())
                            .append("eventId", item.eventId())
                            .append("recipientId", item.recipient().userId())
                            .append("recipient", RecipientDocuments.toDocument(item.recipient()))
                            .append("frequency", item.frequency().name())
                            .append("dueAt", Date.from(item.dueAt()))
                            .append("notice", NoticeDocuments.toDocument(item.notice()))
                            .append("createdAt", Date.from(item.createdAt()))
                            .append("digestId", item.digestId())
                            .append("queued", item.queued()),
                    ITEMS);
            return true;
        } catch (DuplicateKeyException known) {
            return false;
        }
    }

    /** Items tagged with a digest whose delivery was not marked queued (a crash came in between). */
    public List<DigestItem> taggedNotQueued() {
        return find(new Query(Criteria.where("queued").is(false).and("digestId").ne(null)));
    }

    /** Items due at {@code now} and not yet tagged, oldest first. */
    public List<DigestItem> untaggedDueBy(Instant now) {
        return find(new Query(Criteria.where("digestId").is(null).and("dueAt").lte(Date.from(now)))
                .with(Sort.by("createdAt")));
    }

    /** Removes the items among {@code ids} still untagged. */
    public void removeUntagged(Collection<String> ids) {
        mongo.remove(new Query(Criteria.where("_id").in(ids).and("digestId").is(null)), ITEMS);
    }

    /** Tags the items among {@code ids} still untagged with the digest. */
    public void tag(Collection<String> ids, String digestId) {
        mongo.updateMulti(
                new Query(Criteria.where("_id").in(ids).and("digestId").is(null)),
                new Update().set("digestId", digestId),
                ITEMS);
    }

    /** Marks the digest's items queued: its delivery is recorded. */
    public void markQueued(String digestId) {
        mongo.updateMulti(
                new Query(Criteria.where("digestId").is(digestId).and("queued").is(false)),
                new Update().set("queued", true),
                ITEMS);
    }

    /** Moves the item, if still untagged, to a later digest time. */
    public void postpone(String id, Instant dueAt) {
        mongo.updateFirst(
                new Query(Criteria.where("_id").is(id).and("digestId").is(null)),
                new Update().set("dueAt", Date.from(dueAt)),
                ITEMS);
    }

    /** A person's waiting items, by due time. */
    public List<DigestItem> of(String recipientId) {
        return find(new Query(Criteria.where("recipientId").is(recipientId)).with(Sort.by("dueAt", "_id")));
    }

    /** Removes every item of the person. */
    public void removeAllOf(String recipientId) {
        mongo.remove(new Query(Criteria.where("recipientId").is(recipientId)), ITEMS);
    }

    /** The notices of a digest, in the order they happened. */
    public List<Notice> noticesOf(String digestId) {
        return find(new Query(Criteria.where("digestId").is(digestId)).with(Sort.by("createdAt", "_id"))).stream()
                .map(DigestItem::notice)
                .toList();
    }

    private List<DigestItem> find(Query query) {
        return mongo.find(query, Document.class, ITEMS).stream()
                .map(DigestItems::item)
                .toList();
    }

    private static DigestItem item(Document d) {
        return new DigestItem(
                d.getString("_id"),
                d.getString("eventId"),
                RecipientDocuments.fromDocument(d.get("recipient", Document.class)),
                Frequency.valueOf(d.getString("frequency")),
                d.getDate("dueAt").toInstant(),
                NoticeDocuments.fromDocument(d.get("notice", Document.class)),
                d.getDate("createdAt").toInstant(),
                d.getString("digestId"),
                Boolean.TRUE.equals(d.getBoolean("queued")));
    }
}
