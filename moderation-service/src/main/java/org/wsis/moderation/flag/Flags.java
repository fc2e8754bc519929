package org.wsis.moderation.flag;

import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Flags in {@value #COLLECTION}, one per (entry, person): the id makes a second flag impossible. */
@Repository
public class Flags {

    public static final String COLLECTION = "flags";

    private final MongoOperations mongo;

    public Flags(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Records a flag; false if this person already flagged this entry. */
    public boolean add(
            String entryId, int revision, String userId, FlagReason reason, @Nullable String text, Instant now) {
        try {
            mongo.insert(
                    new Document("_id", entryId + ":" + userId)
                            .append("entryId", entryId)
                            .append("revision", revision)
                            .append("userId", userId)
                            .append("reason", reason.name())
                            .append("text", text)
                            .append("at", Date.from(now)),
                    COLLECTION);
            return true;
        } catch (DuplicateKeyException already) {
            return false;
        }
    }

    public int count(String entryId, int revision) {
        return (int) mongo.count(
                new Query(Criteria.where("entryId").is(entryId).and("revision").is(revision)), COLLECTION);
    }
}
