package org.wsis.convening.contact.mongo;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.wsis.convening.contact.domain.Contact;
import org.wsis.servicekit.mongo.Indexes;
import org.wsis.servicekit.mongo.RecipientDocuments;
import org.wsis.servicekit.outbox.AggregateDocuments;

/**
 * Requests to connect in {@value #COLLECTION}, one document per pair of convenors (its id is the pair's, so
 * a second request of a pair collides with the first), saved with their events like every aggregate; and the
 * blocks in {@value #BLOCKS}, one document per blocking convenor and blocked convenor.
 */
@Repository
public class ContactStore {

    public static final String COLLECTION = "contacts";
    public static final String BLOCKS = "contact_blocks";

    private final MongoOperations mongo;
    private final AggregateDocuments documents;

    public ContactStore(MongoOperations mongo, AggregateDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
        // A convenor's requests, made and received; the asker's allowance; a person's erasure.
        Indexes.ascending(mongo, COLLECTION, "fromConvenorId");
        Indexes.ascending(mongo, COLLECTION, "toConvenorId");
        Indexes.ascending(mongo, COLLECTION, "askedById");
    }

    public Optional<Contact> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                .map(ContactStore::toContact);
    }

    /** Every request a convenor made or received, newest first. */
    public List<Contact> ofConvenor(String convenorId) {
        return mongo
                .find(
                        new Query(new Criteria()
                                        .orOperator(
                                                Criteria.where("fromConvenorId").is(convenorId),
                                                Criteria.where("toConvenorId").is(convenorId)))
                                .with(Sort.by(Sort.Direction.DESC, "requestedAt")),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(ContactStore::toContact)
                .toList();
    }

    /** The requests {@code userId} made, for their erasure. */
    public List<Contact> askedBy(String userId) {
        return mongo.find(new Query(Criteria.where("askedById").is(userId)), Document.class, COLLECTION).stream()
                .map(ContactStore::toContact)
                .toList();
    }

    /**
     * Saves a new or loaded request with its events. A new request of a pair that already has one fails with
     * a duplicate-key error; a stale version with an optimistic-locking error.
     */
    public void save(Contact contact) {
        documents.save(COLLECTION, contact.id(), contact.version(), state(contact), contact.pendingEvents());
    }

    /** {@code blocker} takes no more requests from {@code blocked}. Idempotent. */
    public void block(String blocker, String blocked, Instant now) {
        mongo.getCollection(BLOCKS)
                .replaceOne(
                        new Document("_id", blocker + ">" + blocked),
                        new Document("_id", blocker + ">" + blocked)
                                .append("blocker", blocker)
                                .append("blocked", blocked)
                                .append("at", Date.from(now)),
                        new com.mongodb.client.model.ReplaceOptions().upsert(true));
    }

    public boolean isBlocked(String blocker, String blocked) {
        return mongo.getCollection(BLOCKS)
                        .find(new Document("_id", blocker + ">" + blocked))
                        .first()
                != null;
    }

    private static Document state(Contact contact) {
        Contact.State s = contact.state();
        return new Document("fromConvenorId", s.fromConvenorId())
                .append("fromConvenor", s.fromConvenor())
                .append("toConvenorId", s.toConvenorId())
                .append("toConvenor", s.toConvenor())
                .append("issueId", s.issueId())
                .append("issueTitle", s.issueTitle())
                .append("message", s.message())
                .append("askedById", s.askedBy().userId())
                .append("askedBy", RecipientDocuments.toDocument(s.askedBy()))
                .append("status", s.status().name())
                .append("blocked", s.blocked())
                .append("requestedAt", Date.from(s.requestedAt()))
                .append("answeredAt", s.answeredAt() == null ? null : Date.from(s.answeredAt()));
    }

    private static Contact toContact(Document d) {
        Date answeredAt = d.getDate("answeredAt");
        return Contact.restore(new Contact.State(
                d.getString("_id"),
                d.getString("fromConvenorId"),
                d.getString("fromConvenor"),
                d.getString("toConvenorId"),
                d.getString("toConvenor"),
                d.getString("issueId"),
                d.getString("issueTitle"),
                d.getString("message"),
                RecipientDocuments.fromDocument(d.get("askedBy", Document.class)),
                Contact.Status.valueOf(d.getString("status")),
                Boolean.TRUE.equals(d.getBoolean("blocked")),
                d.getDate("requestedAt").toInstant(),
                answeredAt == null ? null : answeredAt.toInstant(),
                AggregateDocuments.versionOf(d)));
    }
}
