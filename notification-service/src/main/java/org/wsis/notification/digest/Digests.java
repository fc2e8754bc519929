package org.wsis.notification.digest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.wsis.contracts.Recipient;
import org.wsis.notification.delivery.Deliveries;
import org.wsis.notification.delivery.Delivery;
import org.wsis.notification.notice.NoticeDocuments;
import org.wsis.notification.notice.domain.Notice;
import org.wsis.notification.preference.Recipients;
import org.wsis.notification.preference.domain.Frequency;
import org.wsis.notification.preference.domain.NotificationType;
import org.wsis.notification.preference.domain.Preferences;
import org.wsis.servicekit.mongo.RecipientDocuments;

/**
 * Daily and weekly digests. A notice for someone who chose a digest becomes an item in
 * {@value #ITEMS}, due at their next digest time. When that time comes the items due for one person,
 * frequency and time are tagged with one digest id, {@code digest:<user>:<frequency>:<epoch second>},
 * and one delivery with that id is queued; the mail is written from the tagged items when it is sent.
 *
 * <p>Each step can be repeated after a crash: items are tagged only while untagged, the delivery's id
 * is deterministic, and items tagged but not yet marked queued are queued again. An item that arrives
 * for a time whose digest is already queued moves on to the person's next digest time instead of
 * joining a mail that may already be gone. Items of a type the person switched off in the meantime are
 * dropped when their time comes.
 */
@Service
public class Digests {

    public static final String ITEMS = "digestItems";

    private final MongoOperations mongo;
    private final Deliveries deliveries;
    private final Recipients recipients;
    private final Clock clock;

    public Digests(MongoOperations mongo, Deliveries deliveries, Recipients recipients, Clock clock) {
        this.mongo = mongo;
        this.deliveries = deliveries;
        this.recipients = recipients;
        this.clock = clock;
    }

    /** Keeps a notice for the person's next digest; an item queued before is left as it is. */
    public void queue(
            String id, String eventId, Recipient recipient, Notice notice, Frequency frequency, Instant dueAt) {
        try {
            mongo.insert(
                    new Document("_id", id)
                            .append("eventId", eventId)
                            .append("recipientId", recipient.userId())
                            .append("recipient", RecipientDocuments.toDocument(recipient))
                            .append("frequency", frequency.name())
                            .append("dueAt", Date.from(dueAt))
                            .append("notice", NoticeDocuments.toDocument(notice))
                            .append("createdAt", Date.from(clock.instant()))
                            .append("digestId", null)
                            .append("queued", false),
                    ITEMS);
        } catch (DuplicateKeyException known) {
            // Queued before: the event was redelivered.
        }
    }

    /** Queues every digest due now (see {@link DigestAssembly}). */
    void assembleDue() {
        assemble(clock.instant());
    }

    /** Queues every digest due at {@code now}; returns how many were queued. */
    public int assemble(Instant now) {
        int queued = 0;
        // Items tagged before a crash, whose delivery may be missing.
        Map<String, List<Document>> unfinished = new LinkedHashMap<>();
        for (Document item : mongo.find(
                new Query(Criteria.where("queued").is(false).and("digestId").ne(null)), Document.class, ITEMS)) {
            unfinished
                    .computeIfAbsent(item.getString("digestId"), k -> new ArrayList<>())
                    .add(item);
        }
        for (Map.Entry<String, List<Document>> digest : unfinished.entrySet()) {
            queued += finish(digest.getKey(), digest.getValue());
        }
        Query dueItems = new Query(
                        Criteria.where("digestId").is(null).and("dueAt").lte(Date.from(now)))
                .with(Sort.by("createdAt"));
        List<Document> dueNow = mongo.find(dueItems, Document.class, ITEMS);
        Map<String, Preferences> preferences = recipients.preferencesOf(dueNow.stream()
                .map(item -> item.getString("recipientId"))
                .distinct()
                .toList());
        Map<String, List<Document>> due = new LinkedHashMap<>();
        List<Object> switchedOff = new ArrayList<>();
        for (Document item : dueNow) {
            // Someone who switched a type off since the item was queued does not get it in a digest either.
            NotificationType type =
                    NotificationType.valueOf(item.get("notice", Document.class).getString("type"));
            if (preferences.get(item.getString("recipientId")).frequencyOf(type) == Frequency.OFF) {
                switchedOff.add(item.get("_id"));
            } else {
                due.computeIfAbsent(digestId(item), k -> new ArrayList<>()).add(item);
            }
        }
        if (!switchedOff.isEmpty()) {
            mongo.remove(
                    new Query(Criteria.where("_id")
                            .in(switchedOff)
                            .and("digestId")
                            .is(null)),
                    ITEMS);
        }
        for (Map.Entry<String, List<Document>> digest : due.entrySet()) {
            String digestId = digest.getKey();
            List<Object> ids = digest.getValue().stream().map(d -> d.get("_id")).toList();
            if (deliveries.exists(digestId)) {
                postpone(digest.getValue(), preferences, now);
                continue;
            }
            mongo.updateMulti(
                    new Query(Criteria.where("_id").in(ids).and("digestId").is(null)),
                    new Update().set("digestId", digestId),
                    ITEMS);
            queued += finish(digestId, digest.getValue());
        }
        return queued;
    }

    private int finish(String digestId, List<Document> items) {
        Document last = items.getLast();
        boolean created = deliveries.enqueue(Delivery.digest(
                digestId,
                Frequency.valueOf(last.getString("frequency")),
                RecipientDocuments.fromDocument(last.get("recipient", Document.class)),
                last.getDate("dueAt").toInstant()));
        mongo.updateMulti(
                new Query(Criteria.where("digestId").is(digestId).and("queued").is(false)),
                new Update().set("queued", true),
                ITEMS);
        return created ? 1 : 0;
    }

    /** Items too late for a digest already queued wait for the person's next digest time. */
    private void postpone(List<Document> items, Map<String, Preferences> preferences, Instant now) {
        for (Document item : items) {
            Frequency frequency = Frequency.valueOf(item.getString("frequency"));
            Instant next = preferences.get(item.getString("recipientId")).nextDigestAfter(frequency, now);
            mongo.updateFirst(
                    new Query(Criteria.where("_id")
                            .is(item.get("_id"))
                            .and("digestId")
                            .is(null)),
                    new Update().set("dueAt", Date.from(next)),
                    ITEMS);
        }
    }

    private static String digestId(Document item) {
        return "digest:" + item.getString("recipientId") + ":" + item.getString("frequency") + ":"
                + item.getDate("dueAt").toInstant().getEpochSecond();
    }

    /** The notices waiting for a person's next digests, for their export. */
    public List<Document> waitingFor(String recipientId) {
        return mongo.find(
                new Query(Criteria.where("recipientId").is(recipientId)).with(Sort.by("dueAt", "_id")),
                Document.class,
                ITEMS);
    }

    /** An erased person's digests are not written: their waiting notices go. */
    public void erase(String recipientId) {
        mongo.remove(new Query(Criteria.where("recipientId").is(recipientId)), ITEMS);
    }

    /** The notices of a digest, in the order they happened. */
    public List<Notice> contentOf(String digestId) {
        return mongo
                .find(
                        new Query(Criteria.where("digestId").is(digestId)).with(Sort.by("createdAt", "_id")),
                        Document.class,
                        ITEMS)
                .stream()
                .map(item -> NoticeDocuments.fromDocument(item.get("notice", Document.class)))
                .toList();
    }
}
