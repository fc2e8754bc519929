package org.wsis.prize.tally.mongo;

import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.wsis.prize.tally.domain.NetworkWindow;

/**
 * The new accounts that voted from each network, per fixed window: one document per edition, network
 * and window, holding the set of accounts. Adding an account is idempotent ({@code $addToSet}), so a
 * redelivered ballot leaves the window as it was and the burst rule decides the same way again.
 *
 * <p>A window that became a burst is marked {@code crossed} before the ballot that made it one is
 * counted, and {@code allFlagged} once every account in it was flagged. A window crossed but not all
 * flagged is work left undone (a crash between the two, ADR 0016): {@link #unfinished} finds it for
 * the repair.
 */
@Component
public class NetworkBursts {

    public static final String COLLECTION = "ballot_networks";

    private final MongoOperations mongo;

    public NetworkBursts(MongoOperations mongo) {
        this.mongo = mongo;
        // Only crossed windows carry the field: the repair's query reads a small index.
        mongo.indexOps(COLLECTION)
                .createIndex(
                        new Index().on("crossed", Sort.Direction.ASC).sparse().named("crossed"));
    }

    /** Adds the account to its network's window and returns the window as it is now. */
    public NetworkWindow record(int edition, String network, long window, String voterId) {
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
        return windowOf(saved);
    }

    /**
     * Marks the window as a burst. Written before the ballot that crossed the threshold is counted, so
     * that a crash after counting it cannot lose the flagging of the accounts before it.
     */
    public void crossed(String id) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("crossed", true), COLLECTION);
    }

    /** Windows marked as bursts whose accounts have not all been flagged yet, at most {@code limit}. */
    public List<NetworkWindow> unfinished(int limit) {
        Query query = Query.query(
                        Criteria.where("crossed").is(true).and("allFlagged").ne(true))
                .limit(limit);
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(NetworkBursts::windowOf)
                .toList();
    }

    /**
     * An erased account's place in the windows passes to its pseudonym: added before the account is
     * removed, so the window never counts one account fewer and the burst rule decides as before; doing it
     * again finds nothing to change.
     */
    public void erase(String voterId, String pseudonym) {
        Query named = Query.query(Criteria.where("accounts").is(voterId));
        mongo.updateMulti(named, new Update().addToSet("accounts", pseudonym), COLLECTION);
        mongo.updateMulti(named, new Update().pull("accounts", voterId), COLLECTION);
    }

    /** Every account of the window has been flagged: later ballots of it need flag only their own voter. */
    public void allFlagged(String id) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("allFlagged", true), COLLECTION);
    }

    private static NetworkWindow windowOf(Document saved) {
        return new NetworkWindow(
                saved.getString("_id"),
                saved.getInteger("edition"),
                saved.getString("network"),
                Set.copyOf(saved.getList("accounts", String.class, List.of())),
                Boolean.TRUE.equals(saved.getBoolean("crossed")),
                Boolean.TRUE.equals(saved.getBoolean("allFlagged")));
    }
}
