package org.wsis.servicekit.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The accounts this service has erased, and the pseudonym that stands for each of them from then on.
 *
 * <p>A pseudonym is a SHA-256 of the account id salted with the service's name: the same every time in
 * one service (so an erasure interrupted halfway finishes the same way, and a late event about the
 * person finds what was pseudonymised), different in each service (so pseudonymised records of two
 * services cannot be joined), and not to be turned back into the account id (account ids are random
 * UUIDs, so there is nothing to guess from).
 *
 * <p>{@value #COLLECTION} keeps one document per erased account, under its pseudonym and nothing else:
 * an event about the person that arrives after the erasure (from a stream that lags, or a copy
 * published twice) is recognised and does not bring their data back.
 */
public class ErasedAccounts {

    public static final String COLLECTION = "erased_accounts";

    /** How every pseudonym starts, so that people reading data see at once that an account was erased. */
    public static final String PREFIX = "erased-";

    private final MongoOperations mongo;
    private final String salt;
    private final Clock clock;

    public ErasedAccounts(MongoOperations mongo, String service, Clock clock) {
        this.mongo = mongo;
        this.salt = service;
        this.clock = clock;
    }

    /** What stands for {@code accountId} in this service once the account is erased. */
    public String pseudonymOf(String accountId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((salt + "\n" + accountId).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /** Whether {@code id} is a pseudonym this kit made, rather than an account id. */
    public static boolean isPseudonym(String id) {
        return id.startsWith(PREFIX);
    }

    /** Records the erasure; recording it again changes nothing. */
    public void record(String accountId) {
        mongo.upsert(
                new Query(Criteria.where("_id").is(pseudonymOf(accountId))),
                new Update().setOnInsert("erasedAt", Date.from(clock.instant())),
                COLLECTION);
    }

    public boolean isErased(String accountId) {
        return mongo.exists(new Query(Criteria.where("_id").is(pseudonymOf(accountId))), COLLECTION);
    }

    /** Which of {@code accountIds} are erased, in one read. */
    public Set<String> erasedAmong(Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        Map<String, String> byPseudonym = new HashMap<>();
        accountIds.forEach(id -> byPseudonym.put(pseudonymOf(id), id));
        Query query = new Query(Criteria.where("_id").in(byPseudonym.keySet()));
        query.fields().include("_id");
        Set<String> erased = new HashSet<>();
        mongo.find(query, Document.class, COLLECTION).forEach(d -> erased.add(byPseudonym.get(d.getString("_id"))));
        return erased;
    }
}
