package org.wsis.prize.tally;

import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The new accounts that voted from each network, per fixed window: one document per edition, network
 * and window, holding the set of accounts. Adding an account is idempotent ({@code $addToSet}), so a
 * redelivered ballot leaves the window as it was and the burst rule decides the same way again.
 */
@Component
class NetworkBursts {

    static final String COLLECTION = "ballot_networks";

    /** One network's window: the new accounts seen in it, and whether all of them were flagged already. */
    record Window(String id, String network, Set<String> accounts, boolean allFlagged) {}

    private final MongoOperations mongo;

    NetworkBursts(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Adds the account to its network's window and returns the window as it is now. */
    Window record(int edition, String network, long window, String voterId) {
        String id = edition + ":" + network + ":" + window;
        Query query = Query.query(Criteria.where("_id").is(id));
        Update update = new Update()
                .addToSet("accounts", voterId)
                .setOnInsert("edition", edition)
                .setOnInsert("network", network);
        FindAndModifyOptions options =
                FindAndModifyOptions.options().upsert(true).returnNew(true);
        Document saved;
        try {
            saved = mongo.findAndModify(query, update, options, Document.class, COLLECTION);
        } catch (DuplicateKeyException createdMeanwhile) {
            // Two first accounts of a window raced to create it; the document exists now.
            saved = mongo.findAndModify(query, update, options, Document.class, COLLECTION);
        }
        if (saved == null) {
            throw new IllegalStateException("Window " + id + " was not saved");
        }
        List<String> accounts = saved.getList("accounts", String.class, List.of());
        return new Window(id, network, Set.copyOf(accounts), Boolean.TRUE.equals(saved.getBoolean("allFlagged")));
    }

    /** Every account of the window has been flagged: later ballots of it need flag only their own voter. */
    void allFlagged(String id) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("allFlagged", true), COLLECTION);
    }
}
