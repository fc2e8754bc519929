package org.wsis.notification.delivery.mongo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import org.wsis.notification.delivery.domain.Delivery;
import org.wsis.notification.delivery.domain.DeliveryFailure;
import org.wsis.notification.delivery.domain.DeliveryStatus;
import org.wsis.notification.delivery.domain.LoggedDelivery;
import org.wsis.notification.notice.mongo.NoticeDocuments;
import org.wsis.servicekit.mongo.Indexes;
import org.wsis.servicekit.mongo.RecipientDocuments;

/**
 * The delivery log and the queue of mail still to send, as MongoDB keeps them.
 *
 * <p>{@value #COLLECTION} holds one document per (event, recipient), or per digest or per broadcast
 * recipient, under a deterministic id: inserting it twice fails on the id, which is what makes a
 * redelivered event send nothing twice. It is the log admins read and it keeps what the mail is made
 * from. {@value #QUEUE} holds a small document per delivery still to send: when it is due and whether
 * a dispatcher holds it (a lease, so that a crashed dispatcher's work is taken over once the lease runs
 * out). A delivery is written before its queue entry and leaves the queue only after its outcome is
 * recorded, so a crash between any two steps leaves either nothing to do or a queue entry that finishes
 * the job.
 */
@Repository
public class DeliveryStore {

    public static final String COLLECTION = "deliveries";
    public static final String QUEUE = "outgoing";

    private final MongoOperations mongo;
    private final Clock clock;

    public DeliveryStore(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        // The log by person (their export and erasure), by event, by broadcast; the queue by due time.
        Indexes.ascending(mongo, COLLECTION, "recipientId", "createdAt");
        Indexes.ascending(mongo, COLLECTION, "eventId");
        Indexes.ascending(mongo, COLLECTION, "broadcastId", "status");
        Indexes.ascending(mongo, QUEUE, "dueAt");
    }

    /** Whether the delivery is recorded and still waits to be sent. */
    public boolean isPending(String id) {
        Document existing = mongo.findById(id, Document.class, COLLECTION);
        return existing != null && DeliveryStatus.PENDING.name().equals(existing.getString("status"));
    }

    /** Inserts the delivery with its first status; false when it was recorded before (a redelivery). */
    public boolean record(Delivery delivery, DeliveryStatus status) {
        try {
            mongo.insert(
                    toDocument(delivery)
                            .append("status", status.name())
                            .append("attempts", 0)
                            .append("createdAt", Date.from(clock.instant())),
                    COLLECTION);
            return true;
        } catch (DuplicateKeyException known) {
            return false;
        }
    }

    /** Queues the delivery, due at {@code dueAt}; a delivery queued already stays as it is. */
    public void queue(String id, Instant dueAt) {
        mongo.upsert(
                new Query(Criteria.where("_id").is(id)),
                new Update().setOnInsert("dueAt", Date.from(dueAt)).setOnInsert("v", 0L),
                QUEUE);
    }

    /**
     * Takes up to {@code limit} due deliveries for this dispatcher for {@code lease}: queue entries due
     * and free, or held by a dispatcher whose lease ran out. Each is taken by a conditional write on its
     * version, so two dispatchers never take the same one. Deliveries already finished leave the queue.
     */
    public List<Delivery> claim(int limit, Duration lease) {
        Instant now = clock.instant();
        Query due = new Query(new Criteria()
                        .andOperator(
                                Criteria.where("dueAt").lte(Date.from(now)),
                                new Criteria()
                                        .orOperator(
                                                Criteria.where("leaseUntil").is(null),
                                                Criteria.where("leaseUntil").lte(Date.from(now)))))
                .with(Sort.by("dueAt"))
                .limit(limit);
        List<String> taken = new ArrayList<>();
        for (Document entry : mongo.find(due, Document.class, QUEUE)) {
            Query same = new Query(
                    Criteria.where("_id").is(entry.get("_id")).and("v").is(entry.get("v")));
            Update take =
                    new Update().set("leaseUntil", Date.from(now.plus(lease))).inc("v", 1L);
            if (mongo.updateFirst(same, take, QUEUE).getModifiedCount() == 1) {
                taken.add(entry.getString("_id"));
            }
        }
        if (taken.isEmpty()) {
            return List.of();
        }
        List<Delivery> deliveries = new ArrayList<>();
        Map<String, Document> byId = new java.util.HashMap<>();
        mongo.find(new Query(Criteria.where("_id").in(taken)), Document.class, COLLECTION)
                .forEach(d -> byId.put(d.getString("_id"), d));
        for (String id : taken) {
            Document delivery = byId.get(id);
            if (delivery == null || !DeliveryStatus.PENDING.name().equals(delivery.getString("status"))) {
                dequeue(id);
            } else {
                try {
                    deliveries.add(fromDocument(delivery));
                } catch (RuntimeException unreadable) {
                    // One document that cannot be read fails alone, and leaves the queue: the rest go out.
                    failed(
                            id,
                            delivery.getInteger("attempts", 0),
                            DeliveryFailure.UNRENDERABLE,
                            String.valueOf(unreadable),
                            null);
                }
            }
        }
        return deliveries;
    }

    /**
     * The SMTP server accepted the mail. Recorded at once: the time between the server's acceptance and
     * this write is the one window in which a crash makes the mail go out twice.
     */
    public void sent(String id, String messageId, String subject) {
        Instant now = clock.instant();
        mongo.updateFirst(
                new Query(Criteria.where("_id").is(id)),
                new Update()
                        .set("status", DeliveryStatus.SENT.name())
                        .set("sentAt", Date.from(now))
                        .set("lastAttemptAt", Date.from(now))
                        .set("messageId", messageId)
                        .set("subject", subject)
                        .inc("attempts", 1),
                COLLECTION);
        dequeue(id);
    }

    /** A temporary failure: the delivery waits until {@code next} and is tried again. */
    public void retry(String id, int attempts, Instant next, String error, @Nullable Integer smtpReply) {
        Instant now = clock.instant();
        mongo.updateFirst(
                new Query(Criteria.where("_id").is(id)),
                new Update()
                        .set("attempts", attempts)
                        .set("lastAttemptAt", Date.from(now))
                        .set("nextAttemptAt", Date.from(next))
                        .set("lastError", error)
                        .set("smtpReply", smtpReply),
                COLLECTION);
        mongo.updateFirst(
                new Query(Criteria.where("_id").is(id)),
                new Update().set("dueAt", Date.from(next)).unset("leaseUntil").inc("v", 1L),
                QUEUE);
    }

    /** A failure for good: recorded, and the delivery leaves the queue. */
    public void failed(String id, int attempts, DeliveryFailure failure, String error, @Nullable Integer smtpReply) {
        mongo.updateFirst(
                new Query(Criteria.where("_id").is(id)),
                new Update()
                        .set("status", DeliveryStatus.FAILED.name())
                        .set("failure", failure.name())
                        .set("attempts", attempts)
                        .set("lastAttemptAt", Date.from(clock.instant()))
                        .unset("nextAttemptAt")
                        .set("lastError", error)
                        .set("smtpReply", smtpReply),
                COLLECTION);
        dequeue(id);
    }

    /** The recipient switched this type of mail off before it went out: recorded, and it leaves the queue. */
    public void suppress(String id) {
        mongo.updateFirst(
                new Query(Criteria.where("_id").is(id).and("status").is(DeliveryStatus.PENDING.name())),
                new Update()
                        .set("status", DeliveryStatus.SUPPRESSED.name())
                        .set("lastAttemptAt", Date.from(clock.instant()))
                        .unset("nextAttemptAt"),
                COLLECTION);
        dequeue(id);
    }

    /** Gives a claimed delivery back untried, to be taken again at once. */
    public void release(String id) {
        mongo.updateFirst(
                new Query(Criteria.where("_id").is(id)),
                new Update().unset("leaseUntil").inc("v", 1L),
                QUEUE);
    }

    private void dequeue(String id) {
        mongo.remove(new Query(Criteria.where("_id").is(id)), QUEUE);
    }

    /**
     * The deliveries of an erased person: none goes out any more (a pending one is recorded as
     * suppressed and leaves the queue), and the log keeps each one under {@code pseudonym} with its
     * kind, type, event or broadcast, status, attempts and times, so that every count stays as it was,
     * and without the address, the name, the notice or the subject. Each is copied under its new id
     * before the original is removed, so an erasure interrupted halfway is finished by doing it again;
     * doing it again once finished finds nothing.
     */
    public int erase(String recipientId, String pseudonym) {
        mongo.updateMulti(
                new Query(Criteria.where("recipientId")
                        .is(recipientId)
                        .and("status")
                        .is(DeliveryStatus.PENDING.name())),
                new Update()
                        .set("status", DeliveryStatus.SUPPRESSED.name())
                        .set("suppressedBecause", ACCOUNT_ERASED)
                        .unset("nextAttemptAt"),
                COLLECTION);
        int erased = 0;
        for (Document delivery :
                mongo.find(new Query(Criteria.where("recipientId").is(recipientId)), Document.class, COLLECTION)) {
            String id = delivery.getString("_id");
            Document anonymous = new Document(delivery)
                    .append("_id", id.replace(recipientId, pseudonym))
                    .append("recipientId", pseudonym);
            for (String personal : PERSONAL_FIELDS) {
                anonymous.remove(personal);
            }
            try {
                mongo.insert(anonymous, COLLECTION);
            } catch (DuplicateKeyException copiedBefore) {
                // An erasure interrupted after the copy: the original is removed below.
            }
            mongo.remove(new Query(Criteria.where("_id").is(id)), COLLECTION);
            dequeue(id);
            erased++;
        }
        return erased;
    }

    /** Why a delivery was suppressed when its recipient erased their account. */
    public static final String ACCOUNT_ERASED = "ACCOUNT_ERASED";

    /** What a delivery says about its recipient or was written for them; an erased person's log keeps none. */
    private static final List<String> PERSONAL_FIELDS =
            List.of("recipient", "notice", "subject", "messageId", "lastError", "smtpReply", "digestOf");

    /** A person's own deliveries, newest first, for their export. */
    public List<LoggedDelivery> of(String recipientId) {
        return mongo
                .find(
                        new Query(Criteria.where("recipientId").is(recipientId))
                                .with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id"))),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(DeliveryStore::logged)
                .toList();
    }

    /** How many deliveries wait in the queue, due or not. */
    public long queued() {
        return mongo.count(new Query(), QUEUE);
    }

    /** Whether a delivery with this id was recorded, whatever became of it. */
    public boolean exists(String id) {
        return mongo.exists(new Query(Criteria.where("_id").is(id)), COLLECTION);
    }

    /** One delivery as the log shows it. */
    public Optional<LoggedDelivery> logged(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                .map(DeliveryStore::logged);
    }

    /** A page of the log, newest first, filtered by whichever of the arguments are given. */
    public List<LoggedDelivery> log(
            @Nullable String recipientId,
            @Nullable String eventId,
            @Nullable String broadcastId,
            @Nullable DeliveryStatus status,
            int page,
            int size) {
        return mongo
                .find(
                        logQuery(recipientId, eventId, broadcastId, status)
                                .with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id")))
                                .skip((long) page * size)
                                .limit(size),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(DeliveryStore::logged)
                .toList();
    }

    public long count(
            @Nullable String recipientId,
            @Nullable String eventId,
            @Nullable String broadcastId,
            @Nullable DeliveryStatus status) {
        return mongo.count(logQuery(recipientId, eventId, broadcastId, status), COLLECTION);
    }

    /** How many of a broadcast's deliveries are in each status, read at one time. */
    public Map<DeliveryStatus, Long> countByStatus(String broadcastId) {
        Map<DeliveryStatus, Long> counts = new java.util.EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus status : DeliveryStatus.values()) {
            counts.put(status, 0L);
        }
        mongo.aggregate(
                        Aggregation.newAggregation(
                                Aggregation.match(Criteria.where("broadcastId").is(broadcastId)),
                                Aggregation.group("status").count().as("count")),
                        COLLECTION,
                        Document.class)
                .forEach(group -> counts.put(
                        DeliveryStatus.valueOf(group.getString("_id")), ((Number) group.get("count")).longValue()));
        return counts;
    }

    private static Query logQuery(
            @Nullable String recipientId,
            @Nullable String eventId,
            @Nullable String broadcastId,
            @Nullable DeliveryStatus status) {
        Criteria criteria = new Criteria();
        List<Criteria> all = new ArrayList<>();
        if (recipientId != null) {
            all.add(Criteria.where("recipientId").is(recipientId));
        }
        if (eventId != null) {
            all.add(Criteria.where("eventId").is(eventId));
        }
        if (broadcastId != null) {
            all.add(Criteria.where("broadcastId").is(broadcastId));
        }
        if (status != null) {
            all.add(Criteria.where("status").is(status.name()));
        }
        return new Query(all.isEmpty() ? criteria : criteria.andOperator(all));
    }

    /** A delivery as stored: only the fields its kind has, besides its status and attempts. */
    private static Document toDocument(Delivery delivery) {
        Document d = new Document("_id", delivery.id())
                .append("kind", delivery.kind().name())
                .append("type", delivery.type());
        if (delivery.eventId() != null) {
            d.append("eventId", delivery.eventId()).append("eventType", delivery.eventType());
        }
        if (delivery.broadcastId() != null) {
            d.append("broadcastId", delivery.broadcastId());
        }
        d.append("recipientId", delivery.recipient().userId())
                .append("recipient", RecipientDocuments.toDocument(delivery.recipient()));
        if (delivery.notice() != null) {
            d.append("notice", NoticeDocuments.toDocument(delivery.notice()));
        }
        if (delivery.digestOf() != null) {
            // "frequency" repeats the type: replicas of the previous release read a digest's from it.
            d.append("frequency", delivery.type()).append("digestOf", Date.from(delivery.digestOf()));
        }
        return d;
    }

    private static Delivery fromDocument(Document d) {
        Document notice = d.get("notice", Document.class);
        return new Delivery(
                d.getString("_id"),
                Delivery.Kind.valueOf(d.getString("kind")),
                d.getString("type"),
                RecipientDocuments.fromDocument(d.get("recipient", Document.class)),
                d.getString("eventId"),
                d.getString("eventType"),
                notice == null ? null : NoticeDocuments.fromDocument(notice),
                instantOrNull(d.getDate("digestOf")),
                d.getString("broadcastId"),
                d.getInteger("attempts", 0));
    }

    private static LoggedDelivery logged(Document d) {
        Document recipient = d.get("recipient", Document.class);
        return new LoggedDelivery(
                d.getString("_id"),
                d.getString("kind"),
                d.getString("type"),
                d.getString("eventId"),
                d.getString("eventType"),
                d.getString("broadcastId"),
                d.getString("recipientId"),
                recipient == null ? "" : recipient.getString("email"),
                DeliveryStatus.valueOf(d.getString("status")),
                d.getInteger("attempts", 0),
                d.getString("failure"),
                d.getString("lastError"),
                d.getInteger("smtpReply"),
                d.getString("subject"),
                d.getString("messageId"),
                instant(d.getDate("createdAt")),
                instantOrNull(d.getDate("lastAttemptAt")),
                instantOrNull(d.getDate("nextAttemptAt")),
                instantOrNull(d.getDate("sentAt")));
    }

    private static Instant instant(Date date) {
        return date.toInstant();
    }

    private static @Nullable Instant instantOrNull(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }
}
