package org.wsis.notification.privacy.mongo;

import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import org.wsis.contracts.account.AccountErased;
import org.wsis.contracts.account.AccountErased.EntriesChoice;
import org.wsis.notification.privacy.domain.RecordedErasure;
import org.wsis.servicekit.mongo.Indexes;
import org.wsis.servicekit.outbox.AggregateDocuments;

/**
 * The erasures asked for, in {@value #COLLECTION}: one document per erased account, under its
 * pseudonym, holding the request and, in its outbox, the {@link AccountErased} that announces it; one
 * insert writes both.
 */
@Repository
public class ErasureStore {

    public static final String COLLECTION = "erasures";

    private final MongoOperations mongo;
    private final AggregateDocuments documents;

    public ErasureStore(MongoOperations mongo, AggregateDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
        Indexes.ascending(mongo, COLLECTION, "transferToId");
    }

    public boolean exists(String pseudonym) {
        return mongo.exists(new Query(Criteria.where("_id").is(pseudonym)), COLLECTION);
    }

    /** Records the erasure with its announcement; false when one was recorded for the account already. */
    public boolean insert(String pseudonym, AccountErased event) {
        Document state = new Document("requestedAt", Date.from(event.occurredAt()))
                .append("entries", event.entries().name())
                .append(
                        "transferToId",
                        event.transferTo() == null ? null : event.transferTo().userId());
        try {
            documents.insert(COLLECTION, pseudonym, state, List.of(event));
            return true;
        } catch (DuplicateKeyException twoAtOnce) {
            return false;
        }
    }

    public Optional<RecordedErasure> find(String pseudonym) {
        return Optional.ofNullable(mongo.findById(pseudonym, Document.class, COLLECTION))
                .map(d -> new RecordedErasure(
                        d.getDate("requestedAt").toInstant(), EntriesChoice.valueOf(d.getString("entries"))));
    }

    /** Erasures that named {@code accountId} as the receiver of entries name its pseudonym instead. */
    public void receiverErased(String accountId, String pseudonym) {
        mongo.updateMulti(
                new Query(Criteria.where("transferToId").is(accountId)),
                new Update().set("transferToId", pseudonym),
                COLLECTION);
    }
}
