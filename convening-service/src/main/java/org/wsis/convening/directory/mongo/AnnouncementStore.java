package org.wsis.convening.directory.mongo;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.wsis.contracts.convening.SimilarIssuesFound;
import org.wsis.servicekit.outbox.AggregateDocuments;

/**
 * Which issues were considered for telling the convenors of similar issues, in {@value #COLLECTION}: one
 * document per issue (its id), inserted with its {@code SimilarIssuesFound} in its outbox when it found
 * any, so an issue is announced once however many replicas, passes or redeliveries try.
 */
@Repository
public class AnnouncementStore {

    public static final String COLLECTION = "similarity_announcements";

    private final MongoOperations mongo;
    private final AggregateDocuments documents;

    public AnnouncementStore(MongoOperations mongo, AggregateDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
    }

    public boolean exists(String issueId) {
        return mongo.exists(new Query(Criteria.where("_id").is(issueId)), COLLECTION);
    }

    /**
     * Records that the issue was considered, announcing {@code found} when it found similar issues; false
     * when it had been considered already.
     */
    public boolean insert(String issueId, @Nullable SimilarIssuesFound found, Instant now) {
        try {
            documents.insert(
                    COLLECTION,
                    issueId,
                    new Document("revision", found == null ? null : found.revision())
                            .append(
                                    "matches",
                                    found == null ? 0 : found.matches().size())
                            .append("consideredAt", Date.from(now)),
                    found == null ? List.of() : List.of(found));
            return true;
        } catch (DuplicateKeyException already) {
            return false;
        }
    }
}
