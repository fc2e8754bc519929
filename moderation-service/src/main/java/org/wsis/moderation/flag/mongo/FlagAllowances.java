package org.wsis.moderation.flag.mongo;

import com.mongodb.client.result.UpdateResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * How many flags each account raised lately, in {@value #COLLECTION}: one document per account holding
 * the times of its last flags, at most as many as the limit, oldest first. Taking a flag is one
 * conditional update of that document, so the limit holds however many replicas answer the account's
 * requests at once: of two replicas racing for the account's last flag, exactly one matches. The window
 * slides: the account may flag again as soon as the oldest of its last flags is older than the window.
 * (A lowered limit takes full effect from each account's next flag, which trims its list.)
 */
@Repository
public class FlagAllowances {

    public static final String COLLECTION = "flag_allowances";

    private final MongoOperations mongo;

    public FlagAllowances(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Takes one flag of the account's allowance; false when it raised {@code perAccount} within the window. */
    public boolean take(String userId, Instant now, int perAccount, Duration window) {
        Query account = new Query(Criteria.where("_id").is(userId));
        try {
            mongo.upsert(account, new Update().setOnInsert("recent", List.of()), COLLECTION);
        } catch (DuplicateKeyException createdByAConcurrentFlag) {
            // The document exists, which is all this step is for.
        }
        Criteria roomLeft = new Criteria()
                .orOperator(
                        Criteria.where("recent." + (perAccount - 1)).exists(false),
                        Criteria.where("recent.0").lte(Date.from(now.minus(window))));
        UpdateResult taken = mongo.updateFirst(
                new Query(Criteria.where("_id").is(userId).andOperator(roomLeft)),
                new Update()
                        .push("recent")
                        .sort(Sort.Direction.ASC)
                        .slice(-perAccount)
                        .each(Date.from(now)),
                COLLECTION);
        return taken.getMatchedCount() == 1;
    }

    /** When the account raised its last flags (at most the limit's number), for its own export. */
    public List<Instant> recentOf(String userId) {
        Document account = mongo.findById(userId, Document.class, COLLECTION);
        return account == null
                ? List.of()
                : account.getList("recent", Date.class, List.of()).stream()
                        .map(Date::toInstant)
                        .toList();
    }

    /** The account was erased: its allowance goes (its flags are kept anonymously by {@link Flags}). */
    public void erase(String userId) {
        mongo.remove(new Query(Criteria.where("_id").is(userId)), COLLECTION);
    }

    /** When the oldest of the account's last {@code perAccount} flags was raised, if it raised that many. */
    public Optional<Instant> oldestCounted(String userId, int perAccount) {
        Document account = mongo.findById(userId, Document.class, COLLECTION);
        List<Date> recent = account == null ? List.of() : account.getList("recent", Date.class, List.of());
        return recent.size() < perAccount
                ? Optional.empty()
                : Optional.of(recent.get(recent.size() - perAccount).toInstant());
    }
}
