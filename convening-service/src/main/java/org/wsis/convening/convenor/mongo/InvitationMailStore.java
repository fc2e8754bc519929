package org.wsis.convening.convenor.mongo;

import java.util.List;
import java.util.Locale;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.wsis.contracts.convening.ManagerInvited;
import org.wsis.servicekit.outbox.AggregateDocuments;

/**
 * The invitations written to by mail, in {@value #COLLECTION}: one document per convenor and address (its
 * id), inserted with its {@code ManagerInvited} in its outbox, so an address is written to once per
 * convenor however often it is invited, taken back and invited again.
 */
@Repository
public class InvitationMailStore {

    public static final String COLLECTION = "invitation_mails";

    private final MongoOperations mongo;
    private final AggregateDocuments documents;

    public InvitationMailStore(MongoOperations mongo, AggregateDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
    }

    /** Forgets that {@code address} was written to (its owner erased their account); returns how many. */
    public long forget(String address) {
        return mongo.remove(new Query(Criteria.where("invitedEmail").is(address.toLowerCase(Locale.ROOT))), COLLECTION)
                .getDeletedCount();
    }

    /** Announces the invitation; false when this address was written to about this convenor already. */
    public boolean insert(ManagerInvited invited) {
        try {
            documents.insert(
                    COLLECTION,
                    invited.convenorId() + "|" + invited.invitedEmail(),
                    new Document("convenorId", invited.convenorId())
                            .append("invitedEmail", invited.invitedEmail())
                            .append("at", java.util.Date.from(invited.occurredAt())),
                    List.of(invited));
            return true;
        } catch (DuplicateKeyException already) {
            return false;
        }
    }
}
