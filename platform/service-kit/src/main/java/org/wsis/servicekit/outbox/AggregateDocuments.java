package org.wsis.servicekit.outbox;

import java.util.List;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
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

    /**
     * Saves an aggregate: inserts it when it is new ({@code loadedVersion} null), else updates it at the
     * version it was loaded at; returns its stored version.
     */
    public long save(
            String collection,
            String id,
            @Nullable Long loadedVersion,
            Document state,
            List<? extends DomainEvent> events) {
        if (loadedVersion == null) {
            insert(collection, id, state, events);
            return 0L;
        }
        return update(collection, id, loadedVersion, state, events);
    }

    /** Saves a loaded aggregate; returns its new version. */
    public long update(
            String collection, String id, long loadedVersion, Document state, List<? extends DomainEvent> events) {
        Update update = new Update();
        state.forEach(update::set);
        update.inc(VERSION, 1);
        List<Document> appended = outbox.append(update, events);
        Query loaded = new Query(Criteria.where("_id").is(id).and(VERSION).is(loadedVersion));
        if (appended.isEmpty()) {
            if (mongo.updateFirst(loaded, update, collection).getMatchedCount() == 0) {
                throw stale(collection, id, loadedVersion);
            }
            return loadedVersion + 1;
        }
        // The same write reads back which events wait in the outbox now, so the relay knows whether older
        // ones wait ahead of these (then it must drain the document in order rather than publish these).
        loaded.fields().include(OutboxRelay.FIELD + ".eventId");
        Document saved = mongo.findAndModify(
                loaded, update, FindAndModifyOptions.options().returnNew(true), Document.class, collection);
        if (saved == null) {
            throw stale(collection, id, loadedVersion);
        }
        // An insert is announced by the template's after-save event; an update is not, so it is told here.
        boolean alone =
                saved.getList(OutboxRelay.FIELD, Document.class, List.of()).size() <= appended.size();
        relay.ifAvailable(r -> {
            if (alone) {
                r.saved(collection, id, appended);
            } else {
                r.savedBehind(collection, id);
            }
        });
        return loadedVersion + 1;
    }

    private static OptimisticLockingFailureException stale(String collection, String id, long loadedVersion) {
        return new OptimisticLockingFailureException(
                collection + " " + id + " changed since version " + loadedVersion + " was loaded");
    }

    /** The stored version of a document read from a collection this class writes. */
    public static long versionOf(Document document) {
        return ((Number) document.get(VERSION)).longValue();
    }
}
