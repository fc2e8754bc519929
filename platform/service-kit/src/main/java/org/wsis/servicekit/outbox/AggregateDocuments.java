package org.wsis.servicekit.outbox;

import java.util.List;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.wsis.contracts.DomainEvent;

/**
 * Writes aggregates the one way the platform allows: a single-document write that carries the new
 * state, the version and the events it caused (into the outbox) together.
 *
 * <p>An update matches the id and the version the aggregate was loaded at, sets the state fields,
 * increments the version and appends the events; a stale version matches nothing and fails as an
 * {@link OptimisticLockingFailureException}. State is written field by field, never as a whole
 * document, so events still waiting in the outbox are never overwritten.
 */
public class AggregateDocuments {

    public static final String VERSION = "version";

    private final MongoOperations mongo;
    private final Outbox outbox;
    private final ObjectProvider<OutboxRelay> relay;

    public AggregateDocuments(MongoOperations mongo, Outbox outbox, ObjectProvider<OutboxRelay> relay) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.relay = relay;
    }

    /**
     * Inserts a new aggregate at version 0. Throws {@link org.springframework.dao.DuplicateKeyException}
     * when the id exists, which callers use to make creation idempotent.
     */
    public void insert(String collection, String id, Document state, List<? extends DomainEvent> events) {
        mongo.insert(
                new Document(state)
                        .append("_id", id)
                        .append(VERSION, 0L)
                        .append(OutboxRelay.FIELD, outbox.initial(events)),
                collection);
    }

    /** Saves a loaded aggregate; returns its new version. */
    public long update(
            String collection, String id, long loadedVersion, Document state, List<? extends DomainEvent> events) {
        Update update = new Update();
        state.forEach(update::set);
        update.inc(VERSION, 1);
        List<Document> appended = outbox.append(update, events);
        var result = mongo.updateFirst(
                new Query(Criteria.where("_id").is(id).and(VERSION).is(loadedVersion)), update, collection);
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException(
                    collection + " " + id + " changed since version " + loadedVersion + " was loaded");
        }
        // An insert is announced by the template's after-save event; an update is not, so it is told here.
        relay.ifAvailable(r -> r.saved(collection, id, appended));
        return loadedVersion + 1;
    }

    /** The stored version of a document read from a collection this class writes. */
    public static long versionOf(Document document) {
        return ((Number) document.get(VERSION)).longValue();
    }
}
