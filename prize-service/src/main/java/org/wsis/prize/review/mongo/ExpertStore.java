package org.wsis.prize.review.mongo;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import org.wsis.prize.review.domain.Expert;
import org.wsis.prize.review.domain.KnownExpert;

/** The experts known, in {@value #COLLECTION}: one document per account, with when it was first and last seen. */
@Repository
public class ExpertStore {

    public static final String COLLECTION = "experts";

    private final MongoOperations mongo;

    public ExpertStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Records the expert as seen now, with their name and organisation as they are now. */
    public void seen(Expert expert, Instant now) {
        mongo.upsert(
                Query.query(Criteria.where("_id").is(expert.userId())),
                new Update()
                        .set("name", expert.name())
                        .set("organisation", expert.organisation())
                        .set("lastSeenAt", Date.from(now))
                        .setOnInsert("firstSeenAt", Date.from(now)),
                COLLECTION);
    }

    public Optional<KnownExpert> find(String expertId) {
        return Optional.ofNullable(mongo.findById(expertId, Document.class, COLLECTION))
                .map(ExpertStore::known);
    }

    public void remove(String expertId) {
        mongo.remove(Query.query(Criteria.where("_id").is(expertId)), COLLECTION);
    }

    public boolean exists(String expertId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(expertId)), COLLECTION);
    }

    /** Every known expert, by name. */
    public List<KnownExpert> all() {
        return mongo.find(new Query().with(Sort.by("name", "_id")), Document.class, COLLECTION).stream()
                .map(ExpertStore::known)
                .toList();
    }

    private static KnownExpert known(Document d) {
        return new KnownExpert(
                d.getString("_id"),
                d.getString("name"),
                d.getString("organisation"),
                d.getDate("lastSeenAt").toInstant());
    }
}
