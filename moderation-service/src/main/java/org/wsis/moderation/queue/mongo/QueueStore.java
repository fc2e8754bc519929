package org.wsis.moderation.queue.mongo;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.wsis.contracts.moderation.ModerationDecided.Decision;
import org.wsis.contracts.moderation.ModerationDecided.SubjectType;
import org.wsis.moderation.queue.domain.ItemState;
import org.wsis.moderation.queue.domain.QueueItem;
import org.wsis.moderation.queue.domain.ReasonCode;
import org.wsis.servicekit.outbox.AggregateDocuments;

/**
 * Queue items in {@value #COLLECTION}. Like every aggregate store of the platform, a save is one
 * conditional single-document update that also appends the item's new events to its outbox.
 */
@Repository
public class QueueStore {

    public static final String COLLECTION = "queue_items";

    private final MongoOperations mongo;
    private final AggregateDocuments documents;

    public QueueStore(MongoOperations mongo, AggregateDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
    }

    public Optional<QueueItem> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                .map(QueueStore::toItem);
    }

    /** Adds a new item; false if an item with its id already exists (a redelivered event). */
    public boolean addIfAbsent(QueueItem item) {
        try {
            documents.insert(COLLECTION, item.id(), state(item), item.pendingEvents());
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

    public List<QueueItem> pendingFor(String subjectId) {
        return mongo
                .find(
                        new Query(Criteria.where("subjectId")
                                .is(subjectId)
                                .and("state")
                                .is(ItemState.PENDING.name())),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(QueueStore::toItem)
                .toList();
    }

    /** One page of items in a state, oldest first. */
    public List<QueueItem> page(ItemState state, int page, int size) {
        Query query = new Query(Criteria.where("state").is(state.name()))
                .with(Sort.by(Sort.Direction.ASC, "createdAt").and(Sort.by("_id")))
                .skip((long) page * size)
                .limit(size);
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(QueueStore::toItem)
                .toList();
    }

    public long count(ItemState state) {
        return mongo.count(new Query(Criteria.where("state").is(state.name())), COLLECTION);
    }

    private static Document state(QueueItem item) {
        return new Document("subjectType", item.subjectType().name())
                .append("subjectId", item.subjectId())
                .append("revision", item.revision())
                .append("title", item.title())
                .append("authorId", item.authorId())
                .append("createdAt", Date.from(item.createdAt()))
                .append("state", item.state().name())
                .append("decision", name(item.decision()))
                .append("reasonCode", name(item.reasonCode()))
                .append("messageToAuthor", item.messageToAuthor())
                .append("decidedBy", item.decidedBy())
                .append("decidedAt", item.decidedAt() == null ? null : Date.from(item.decidedAt()));
    }

    private static QueueItem toItem(Document d) {
        return QueueItem.restore(
                d.getString("_id"),
                SubjectType.valueOf(d.getString("subjectType")),
                d.getString("subjectId"),
                d.getInteger("revision"),
                d.getString("title"),
                d.getString("authorId"),
                d.getDate("createdAt").toInstant(),
                ItemState.valueOf(d.getString("state")),
                d.getString("decision") == null ? null : Decision.valueOf(d.getString("decision")),
                d.getString("reasonCode") == null ? null : ReasonCode.valueOf(d.getString("reasonCode")),
                d.getString("messageToAuthor"),
                d.getString("decidedBy"),
                instant(d.getDate("decidedAt")),
                AggregateDocuments.versionOf(d));
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static @Nullable Instant instant(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }
}
