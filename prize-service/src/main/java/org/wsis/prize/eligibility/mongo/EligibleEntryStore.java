package org.wsis.prize.eligibility.mongo;

import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.contracts.entry.EntryWithdrawn;
import org.wsis.prize.eligibility.domain.EligibleEntry;

/**
 * The eligible entries' storage: published entries, one document per entry in {@value #COLLECTION}. Updates are conditional on the
 * entry's revision, so a redelivered or out-of-order event never replaces newer data.
 */
@Repository
public class EligibleEntryStore {

    public static final String COLLECTION = "eligible_entries";

    private final MongoOperations mongo;

    public EligibleEntryStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public void on(EntryPublished event) {
        Query notNewer = new Query(
                Criteria.where("_id").is(event.entryId()).and("revision").lt(event.revision()));
        Update update = new Update()
                .set("title", event.title())
                .set("organisation", event.organisation())
                .set("actionLines", event.actionLines().stream().map(Enum::name).toList())
                .set("ownerId", event.owner().userId())
                .set("revision", event.revision())
                .set("publishedAt", Date.from(event.occurredAt()));
        if (mongo.updateFirst(notNewer, update, COLLECTION).getMatchedCount() == 0
                && !mongo.exists(new Query(Criteria.where("_id").is(event.entryId())), COLLECTION)) {
            try {
                mongo.insert(
                        new Document("_id", event.entryId())
                                .append("title", event.title())
                                .append("organisation", event.organisation())
                                .append(
                                        "actionLines",
                                        event.actionLines().stream()
                                                .map(Enum::name)
                                                .toList())
                                .append("ownerId", event.owner().userId())
                                .append("revision", event.revision())
                                .append("publishedAt", Date.from(event.occurredAt())),
                        COLLECTION);
            } catch (org.springframework.dao.DuplicateKeyException raced) {
                // Another delivery inserted it first: same content.
            }
        }
    }

    public void on(EntryWithdrawn event) {
        mongo.remove(new Query(Criteria.where("_id").is(event.entryId())), COLLECTION);
    }

    /**
     * The owner of published entries erased their account: the entries pass to the person they named, or
     * leave (the withdrawal that submission-service announces for each would remove them too; this does
     * not wait for it). Found by the owner, so doing it again changes nothing.
     */
    public void ownerErased(String accountId, @org.jspecify.annotations.Nullable String receiverId) {
        Query owned = new Query(Criteria.where("ownerId").is(accountId));
        if (receiverId == null) {
            mongo.remove(owned, COLLECTION);
        } else {
            mongo.updateMulti(owned, new Update().set("ownerId", receiverId), COLLECTION);
        }
    }

    /** A rejection or request for changes that leaves no revision public ends the entry's eligibility. */
    public void unpublished(String entryId) {
        mongo.remove(new Query(Criteria.where("_id").is(entryId)), COLLECTION);
    }

    public java.util.Optional<EligibleEntry> find(String entryId) {
        return java.util.Optional.ofNullable(mongo.findById(entryId, Document.class, COLLECTION))
                .map(EligibleEntryStore::toEntry);
    }

    public List<EligibleEntry> page(int page, int size) {
        Query query = new Query()
                .with(Sort.by("title", "_id"))
                .skip((long) page * size)
                .limit(size);
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(EligibleEntryStore::toEntry)
                .toList();
    }

    private static EligibleEntry toEntry(Document d) {
        return new EligibleEntry(
                d.getString("_id"),
                d.getString("title"),
                d.getString("organisation"),
                d.getList("actionLines", String.class).stream()
                        .map(ActionLine::valueOf)
                        .toList(),
                d.getString("ownerId"),
                d.getInteger("revision"),
                d.getDate("publishedAt").toInstant());
    }
}
