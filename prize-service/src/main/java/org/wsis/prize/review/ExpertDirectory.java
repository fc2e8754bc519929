package org.wsis.prize.review;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.wsis.prize.review.domain.Expert;
import org.wsis.servicekit.privacy.ErasedAccounts;

/**
 * The experts prize-service knows, in {@value #COLLECTION}: every account that opened its review page
 * holding the {@code expert} role, recorded from its own token (ADR 0017). Admins assign only experts
 * known here, so a mistyped or invented id is refused; what an expert may do is still decided by the role
 * in their token at each request.
 */
@Component
public class ExpertDirectory {

    public static final String COLLECTION = "experts";

    /** An expert as admins see them. */
    public record Known(
            String expertId, String name, @Nullable String organisation, Instant lastSeenAt) {}

    private final MongoOperations mongo;
    private final ErasedAccounts erased;
    private final Clock clock;

    ExpertDirectory(MongoOperations mongo, ErasedAccounts erased, Clock clock) {
        this.mongo = mongo;
        this.erased = erased;
        this.clock = clock;
    }

    /** Records that the expert signed in with the role, with their name and organisation as they are now. */
    public Known seen(Expert expert) {
        Instant now = clock.instant();
        if (erased.isErased(expert.userId())) {
            // A token issued before the erasure is still valid for a few minutes: it records no one again.
            return new Known(expert.userId(), expert.name(), expert.organisation(), now);
        }
        mongo.upsert(
                Query.query(Criteria.where("_id").is(expert.userId())),
                new Update()
                        .set("name", expert.name())
                        .set("organisation", expert.organisation())
                        .set("lastSeenAt", Date.from(now))
                        .setOnInsert("firstSeenAt", Date.from(now)),
                COLLECTION);
        return new Known(expert.userId(), expert.name(), expert.organisation(), now);
    }

    /** The expert's own record, for their export. */
    public Optional<Known> recordOf(String expertId) {
        return Optional.ofNullable(mongo.findById(expertId, Document.class, COLLECTION))
                .map(ExpertDirectory::known);
    }

    /** The expert erased their account: they are no longer known, and cannot be assigned. */
    public void erase(String expertId) {
        mongo.remove(Query.query(Criteria.where("_id").is(expertId)), COLLECTION);
    }

    public boolean knows(String expertId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(expertId)), COLLECTION);
    }

    /** Every known expert, by name. */
    public List<Known> all() {
        return mongo.find(new Query().with(Sort.by("name", "_id")), Document.class, COLLECTION).stream()
                .map(ExpertDirectory::known)
                .toList();
    }

    private static Known known(Document d) {
        return new Known(
                d.getString("_id"),
                d.getString("name"),
                d.getString("organisation"),
                d.getDate("lastSeenAt").toInstant());
    }
}
