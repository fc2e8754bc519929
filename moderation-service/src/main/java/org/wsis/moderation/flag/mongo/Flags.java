package org.wsis.moderation.flag.mongo;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.wsis.moderation.flag.domain.FlagReason;
import org.wsis.moderation.flag.domain.FlagWeight;
import org.wsis.moderation.flag.domain.Flagger;
import org.wsis.moderation.flag.domain.RaisedFlag;
import org.wsis.moderation.flag.domain.RecordedFlag;
import org.wsis.servicekit.mongo.Indexes;

/**
 * Flags in {@value #COLLECTION}, one per (entry, person): the id makes a second flag impossible. Each
 * keeps who raised it and whether it counts towards hiding the entry, decided when it was raised.
 */
@Repository
public class Flags {

    public static final String COLLECTION = "flags";

    private final MongoOperations mongo;

    public Flags(MongoOperations mongo) {
        this.mongo = mongo;
        Indexes.ascending(mongo, COLLECTION, "userId");
    }

    /** The flags {@code userId} raised, oldest first. */
    public List<RaisedFlag> raisedBy(String userId) {
        return mongo
                .find(
                        new Query(Criteria.where("userId").is(userId)).with(Sort.by("at", "_id")),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(d -> {
                    RecordedFlag r = recorded(d);
                    return new RaisedFlag(
                            d.getString("entryId"), d.getInteger("revision"), r.reason(), r.text(), r.at(), r.weight());
                })
                .toList();
    }

    /**
     * The flagger erased their account: each of their flags stays (it counted or not, towards the same
     * threshold) under {@code pseudonym}, without their name or words. Copied under its new id before
     * the original is removed, so an erasure interrupted halfway finishes by running again.
     */
    public void erase(String userId, String pseudonym) {
        for (Document flag : mongo.find(new Query(Criteria.where("userId").is(userId)), Document.class, COLLECTION)) {
            Document anonymous = new Document(flag)
                    .append("_id", id(flag.getString("entryId"), pseudonym))
                    .append("userId", pseudonym)
                    .append("displayName", null)
                    .append("text", null);
            try {
                mongo.insert(anonymous, COLLECTION);
            } catch (DuplicateKeyException copiedBefore) {
                // An erasure interrupted after the copy: the original goes below.
            }
            mongo.remove(new Query(Criteria.where("_id").is(flag.get("_id"))), COLLECTION);
        }
    }

    private static String id(String entryId, String userId) {
        return entryId + ":" + userId;
    }

    public boolean exists(String entryId, String userId) {
        return mongo.exists(new Query(Criteria.where("_id").is(id(entryId, userId))), COLLECTION);
    }

    /** Records a flag; false if this person already flagged this entry. */
    public boolean add(
            String entryId,
            int revision,
            Flagger flagger,
            FlagWeight weight,
            FlagReason reason,
            @Nullable String text,
            Instant now) {
        try {
            mongo.insert(
                    new Document("_id", id(entryId, flagger.userId()))
                            .append("entryId", entryId)
                            .append("revision", revision)
                            .append("userId", flagger.userId())
                            .append("displayName", flagger.displayName())
                            .append("reason", reason.name())
                            .append("text", text)
                            .append("at", Date.from(now))
                            .append("weight", weight.name())
                            .append("counts", weight.counts()),
                    COLLECTION);
            return true;
        } catch (DuplicateKeyException already) {
            return false;
        }
    }

    /** The flags on this revision that count towards hiding it. */
    public int counting(String entryId, int revision) {
        return (int) mongo.count(
                new Query(Criteria.where("entryId")
                        .is(entryId)
                        .and("revision")
                        .is(revision)
                        .and("counts")
                        .is(true)),
                COLLECTION);
    }

    /** Every flag on this revision, counting or not, in the order they were raised. */
    public List<RecordedFlag> on(String entryId, int revision) {
        return mongo
                .find(
                        new Query(Criteria.where("entryId")
                                        .is(entryId)
                                        .and("revision")
                                        .is(revision))
                                .with(Sort.by("at", "_id")),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(Flags::recorded)
                .toList();
    }

    /**
     * Flags recorded before flags were weighed kept neither a name nor a weight: they show the account id
     * and do not count, as a flag from an account of unknown age would not.
     */
    private static RecordedFlag recorded(Document d) {
        String userId = d.getString("userId");
        String weight = d.getString("weight");
        return new RecordedFlag(
                userId,
                d.getString("displayName") == null ? userId : d.getString("displayName"),
                FlagReason.valueOf(d.getString("reason")),
                d.getString("text"),
                d.getDate("at").toInstant(),
                weight == null ? FlagWeight.ACCOUNT_AGE_UNKNOWN : FlagWeight.valueOf(weight));
    }
}
