package org.wsis.convening.contact.mongo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * How many requests to connect each convenor made lately, in {@value #COLLECTION}: one document per asking
 * convenor with the times of its requests within the window, taken by a conditional write at the version
 * read, so requests made at the same moment (another tab, another replica) cannot both take the last one.
 */
@Repository
public class ContactAllowances {

    public static final String COLLECTION = "contact_allowances";

    private static final int ATTEMPTS = 10;

    private final MongoOperations mongo;

    public ContactAllowances(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /**
     * Takes one of the {@code limit} requests {@code convenorId} may make within {@code window} of {@code
     * now}: empty when taken, else the time the oldest counted request leaves the window.
     */
    public Optional<Instant> take(String convenorId, Instant now, Duration window, int limit) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document stored = mongo.findById(convenorId, Document.class, COLLECTION);
            List<Date> recent = new ArrayList<>();
            if (stored != null) {
                stored.getList("asks", Date.class, List.of()).stream()
                        .filter(at -> at.toInstant().isAfter(now.minus(window)))
                        .sorted()
                        .forEach(recent::add);
            }
            if (recent.size() >= limit) {
                return Optional.of(recent.getFirst().toInstant().plus(window));
            }
            recent.add(Date.from(now));
            if (stored == null) {
                try {
                    mongo.insert(
                            new Document("_id", convenorId)
                                    .append("asks", recent)
                                    .append("version", 0L),
                            COLLECTION);
                    return Optional.empty();
                } catch (DuplicateKeyException takenAtTheSameMoment) {
                    continue;
                }
            }
            long version = ((Number) stored.get("version")).longValue();
            boolean taken = mongo.updateFirst(
                                    new Query(Criteria.where("_id")
                                            .is(convenorId)
                                            .and("version")
                                            .is(version)),
                                    new Update().set("asks", recent).inc("version", 1),
                                    COLLECTION)
                            .getMatchedCount()
                    == 1;
            if (taken) {
                return Optional.empty();
            }
        }
        throw new OptimisticLockingFailureException(
                "Too many requests to connect at the same moment from " + convenorId);
    }
}
