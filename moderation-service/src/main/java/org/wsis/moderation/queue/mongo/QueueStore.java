package org.wsis.moderation.queue.mongo;

import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import org.wsis.contracts.moderation.ModerationDecided.Decision;
import org.wsis.contracts.moderation.ModerationDecided.ItemKind;
import org.wsis.contracts.moderation.ModerationDecided.SubjectType;
import org.wsis.moderation.queue.domain.AuditRecord;
import org.wsis.moderation.queue.domain.ItemState;
import org.wsis.moderation.queue.domain.QueueItem;
import org.wsis.moderation.queue.domain.ReasonCode;
import org.wsis.servicekit.outbox.AggregateDocuments;

/**
 * Queue items in {@value #COLLECTION}. Like every aggregate store of the platform, a save is one
 * conditional single-document update that also appends the item's new events to its outbox; a save at
 * a stale version fails, which is what makes simultaneous claims have a single winner.
 */
@Repository
public class QueueStore {

    public static final String COLLECTION = "queue_items";

    private final MongoOperations mongo;
    private final AggregateDocuments documents;

    public QueueStore(MongoOperations mongo, AggregateDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
        // An author's items: their page, their export, their erasure.
        mongo.indexOps(COLLECTION)
                .createIndex(
                        new org.springframework.data.mongodb.core.index.Index().on("authorId", Sort.Direction.ASC));
    }

    /** What a moderator asks the queue for. Null fields do not filter. */
    public record Filter(
            @Nullable ItemKind kind,
            @Nullable ItemState state,
            @Nullable String actionLine,
            @Nullable Instant queuedBefore,
            @Nullable String authorId,
            boolean mostFlaggedFirst,
            @Nullable Set<SubjectType> subjectTypes) {}

    /** Every item about what {@code authorId} wrote, oldest first. */
    public List<QueueItem> authoredBy(String authorId) {
        return mongo
                .find(
                        new Query(Criteria.where("authorId").is(authorId)).with(Sort.by("createdAt", "_id")),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(QueueStore::toItem)
                .toList();
    }

    public Optional<QueueItem> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                .map(QueueStore::toItem);
    }

    /** Adds a new item; false if an item with its id already exists (a redelivered event). */
    public boolean addIfAbsent(QueueItem item, int flagCount) {
        try {
            documents.insert(COLLECTION, item.id(), state(item).append("flagCount", flagCount), item.pendingEvents());
            return true;
        } catch (DuplicateKeyException alreadyQueued) {
            return false;
        }
    }

    public void save(QueueItem item) {
        if (item.version() == null) {
            throw new IllegalArgumentException("Queue item " + item.id() + " was never stored; use addIfAbsent");
        }
        documents.update(COLLECTION, item.id(), item.version(), state(item), item.pendingEvents());
    }

    /**
     * Records how many people flagged the entry behind a flagged item. Kept outside the versioned state:
     * a count that only grows must not turn a moderator's claim into a conflict.
     */
    public void raiseFlagCount(String itemId, int flagCount) {
        mongo.updateFirst(
                new Query(Criteria.where("_id").is(itemId).and("flagCount").lt(flagCount)),
                new Update().set("flagCount", flagCount),
                COLLECTION);
    }

    public List<QueueItem> waitingFor(String subjectId) {
        return mongo
                .find(
                        new Query(Criteria.where("subjectId")
                                .is(subjectId)
                                .and("state")
                                .in(ItemState.PENDING.name(), ItemState.CLAIMED.name())),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(QueueStore::toItem)
                .toList();
    }

    public List<QueueItem> claimsExpiredAt(Instant now) {
        return mongo
                .find(
                        new Query(Criteria.where("state")
                                        .is(ItemState.CLAIMED.name())
                                        .and("leaseUntil")
                                        .lte(Date.from(now)))
                                .limit(500),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(QueueStore::toItem)
                .toList();
    }

    /** One page of items, oldest first unless most flagged first is asked for. */
    public List<QueueItem> page(Filter filter, int page, int size) {
        Sort sort = filter.mostFlaggedFirst()
                ? Sort.by(Sort.Direction.DESC, "flagCount").and(Sort.by("createdAt", "_id"))
                : Sort.by("createdAt", "_id");
        Query query = query(filter).with(sort).skip((long) page * size).limit(size);
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(QueueStore::toItem)
                .toList();
    }

    public long count(Filter filter) {
        return mongo.count(query(filter), COLLECTION);
    }

    /** How many items are in each state, for the same filter minus the state. */
    public Map<ItemState, Long> countsPerState(Filter filter) {
        Map<ItemState, Long> counts = new EnumMap<>(ItemState.class);
        for (ItemState state : ItemState.values()) {
            counts.put(
                    state,
                    count(new Filter(
                            filter.kind(),
                            state,
                            filter.actionLine(),
                            filter.queuedBefore(),
                            filter.authorId(),
                            false,
                            filter.subjectTypes())));
        }
        return counts;
    }

    public long count(ItemKind kind, ItemState state) {
        return mongo.count(
                new Query(Criteria.where("kind").is(kind.name()).and("state").is(state.name())), COLLECTION);
    }

    public int flagCount(String itemId) {
        Document d = mongo.findById(itemId, Document.class, COLLECTION);
        return d == null || d.get("flagCount") == null ? 0 : ((Number) d.get("flagCount")).intValue();
    }

    /** Every item, oldest first, read lazily: for exports. */
    public Stream<QueueItem> streamAll() {
        return mongo.stream(new Query().with(Sort.by("createdAt", "_id")), Document.class, COLLECTION)
                .map(QueueStore::toItem);
    }

    private static Query query(Filter filter) {
        Criteria criteria = new Criteria();
        if (filter.kind() != null) {
            criteria = criteria.and("kind").is(filter.kind().name());
        }
        if (filter.state() != null) {
            criteria = criteria.and("state").is(filter.state().name());
        }
        if (filter.actionLine() != null) {
            criteria = criteria.and("actionLines").is(filter.actionLine());
        }
        if (filter.queuedBefore() != null) {
            criteria = criteria.and("createdAt").lt(Date.from(filter.queuedBefore()));
        }
        if (filter.authorId() != null) {
            criteria = criteria.and("authorId").is(filter.authorId());
        }
        if (filter.subjectTypes() != null) {
            criteria = criteria.and("subjectType")
                    .in(filter.subjectTypes().stream().map(Enum::name).toList());
        }
        return new Query(criteria);
    }

    private static Document state(QueueItem item) {
        QueueItem.Snapshot s = item.snapshot();
        return new Document("kind", s.kind().name())
                .append("subjectType", s.subjectType().name())
                .append("subjectId", s.subjectId())
                .append("revision", s.revision())
                .append("title", s.title())
                .append("authorId", s.authorId())
                .append("coAuthorIds", s.coAuthorIds())
                .append("actionLines", s.actionLines())
                .append("createdAt", Date.from(s.createdAt()))
                .append("appealMessage", s.appealMessage())
                .append("rejectedBy", s.rejectedBy())
                .append("state", s.state().name())
                .append("claimedBy", s.claimedBy())
                .append("leaseUntil", date(s.leaseUntil()))
                .append("decision", name(s.decision()))
                .append("reasonCode", name(s.reasonCode()))
                .append("messageToAuthor", s.messageToAuthor())
                .append("decidedBy", s.decidedBy())
                .append("decidedAt", date(s.decidedAt()))
                .append(
                        "audit",
                        s.audit().stream()
                                .map(a -> new Document("action", a.action().name())
                                        .append("by", a.by())
                                        .append("at", Date.from(a.at()))
                                        .append("detail", a.detail()))
                                .toList());
    }

    private static QueueItem toItem(Document d) {
        return QueueItem.restore(new QueueItem.Snapshot(
                d.getString("_id"),
                ItemKind.valueOf(d.getString("kind")),
                SubjectType.valueOf(d.getString("subjectType")),
                d.getString("subjectId"),
                d.getInteger("revision"),
                d.getString("title"),
                d.getString("authorId"),
                d.getList("coAuthorIds", String.class, List.of()),
                d.getList("actionLines", String.class, List.of()),
                d.getDate("createdAt").toInstant(),
                d.getString("appealMessage"),
                d.getString("rejectedBy"),
                ItemState.valueOf(d.getString("state")),
                d.getString("claimedBy"),
                instant(d.getDate("leaseUntil")),
                d.getString("decision") == null ? null : Decision.valueOf(d.getString("decision")),
                d.getString("reasonCode") == null ? null : ReasonCode.valueOf(d.getString("reasonCode")),
                d.getString("messageToAuthor"),
                d.getString("decidedBy"),
                instant(d.getDate("decidedAt")),
                d.getList("audit", Document.class, List.of()).stream()
                        .map(a -> new AuditRecord(
                                AuditRecord.Action.valueOf(a.getString("action")),
                                a.getString("by"),
                                a.getDate("at").toInstant(),
                                a.getString("detail")))
                        .toList(),
                AggregateDocuments.versionOf(d)));
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static @Nullable Date date(@Nullable Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static @Nullable Instant instant(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }
}
