package org.wsis.convening.directory.mongo;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.wsis.contracts.convening.SimilarIssuesFound;
import org.wsis.servicekit.outbox.AggregateDocuments;

/**
 * The similar issues announced for each approved revision of an issue, in {@value #COLLECTION}: one
 * document per issue and revision (its id), inserted with its {@code SimilarIssuesFound} in its outbox, so
 * an issue is announced once however many replicas, passes or redeliveries try.
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

    public boolean exists(String issueId, int revision) {
        return mongo.exists(new Query(Criteria.where("_id").is(idOf(issueId, revision))), COLLECTION);
    }

    public static String idOf(String issueId, int revision) {
        return issueId + ":" + revision;
    }

    /** Records the announcement; false when this revision of the issue was announced already. */
    public boolean insert(SimilarIssuesFound found, Instant now) {
        try {
            documents.insert(
                    COLLECTION,
                    idOf(found.issueId(), found.revision()),
                    new Document("issueId", found.issueId())
                            .append("revision", found.revision())
                            .append("matches", found.matches().size())
                            .append("announcedAt", Date.from(now)),
                    List.of(found));
            return true;
        } catch (DuplicateKeyException already) {
            return false;
        }
    }
}
