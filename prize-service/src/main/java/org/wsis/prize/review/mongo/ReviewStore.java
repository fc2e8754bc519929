package org.wsis.prize.review.mongo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import org.wsis.prize.audit.domain.AuditLine;
import org.wsis.prize.audit.mongo.AuditDocuments;
import org.wsis.prize.review.domain.Conflict;
import org.wsis.prize.review.domain.Criterion;
import org.wsis.prize.review.domain.EditionAssignment;
import org.wsis.prize.review.domain.Review;
import org.wsis.prize.review.domain.Scorecard;

/**
 * The experts' assignments and reviews. {@value #ASSIGNMENTS}: one document per edition and expert
 * ({@code _id} = edition + expert) with their categories and the audit lines of the admins who assigned
 * them. {@value #SCORES}: one document per nomination and expert ({@code _id} = nomination + expert),
 * which makes a review both final and exclusive.
 */
@Repository
public class ReviewStore {

    public static final String ASSIGNMENTS = "expert_assignments";
    public static final String SCORES = "expert_scores";

    private final MongoOperations mongo;

    public ReviewStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Replaces the expert's categories in the edition, with the assignment's audit line, in one write. */
    public void assign(int year, String expertId, List<Integer> categories, AuditLine assigned) {
        mongo.upsert(
                Query.query(Criteria.where("_id").is(year + ":" + expertId)),
                new Update()
                        .set("edition", year)
                        .set("expertId", expertId)
                        .set("categories", categories)
                        .push(AuditDocuments.FIELD, AuditDocuments.toDocument(assigned)),
                ASSIGNMENTS);
    }

    /** The audit lines of every assignment in the edition. */
    public List<AuditLine> auditOf(int edition) {
        List<AuditLine> lines = new ArrayList<>();
        mongo.find(Query.query(Criteria.where("edition").is(edition)), Document.class, ASSIGNMENTS)
                .forEach(d -> lines.addAll(AuditDocuments.linesOf(edition, d)));
        return lines;
    }

    public Set<Integer> categoriesOf(int year, String expertId) {
        Document d = mongo.findById(year + ":" + expertId, Document.class, ASSIGNMENTS);
        return d == null ? Set.of() : new HashSet<>(d.getList("categories", Integer.class));
    }

    /** The expert's assignments in every edition, oldest edition first. */
    public List<EditionAssignment> assignmentsOf(String expertId) {
        Query query = Query.query(Criteria.where("expertId").is(expertId));
        query.fields().include("edition").include("categories");
        return mongo.find(query, Document.class, ASSIGNMENTS).stream()
                .map(d -> new EditionAssignment(d.getInteger("edition"), d.getList("categories", Integer.class)))
                .sorted(Comparator.comparingInt(EditionAssignment::edition))
                .toList();
    }

    /** Records the expert's scores; false when they already scored the nomination or recused themselves. */
    public boolean scored(String nominationId, int edition, String expertId, Scorecard card, Instant at) {
        Document scores = new Document();
        card.scores().forEach((criterion, score) -> scores.append(criterion.name(), score));
        return insert(
                nominationId,
                edition,
                expertId,
                at,
                new Document("scores", scores)
                        .append("total", card.total())
                        .append("comment", card.comment())
                        .append("recused", false));
    }

    /**
     * Records the expert's recusal, in their words or, with a conflict, on their behalf; false when they
     * already scored the nomination or recused themselves.
     */
    public boolean recused(
            String nominationId, int edition, String expertId, String reason, @Nullable Conflict conflict, Instant at) {
        Document recusal = new Document("recused", true).append("recusalReason", reason);
        if (conflict != null) {
            recusal.append("conflict", conflict.name()).append("recordedBy", "system");
        }
        return insert(nominationId, edition, expertId, at, recusal);
    }

    private boolean insert(String nominationId, int edition, String expertId, Instant at, Document review) {
        try {
            mongo.insert(
                    review.append("_id", nominationId + ":" + expertId)
                            .append("nominationId", nominationId)
                            .append("edition", edition)
                            .append("expertId", expertId)
                            .append("at", Date.from(at)),
                    SCORES);
            return true;
        } catch (DuplicateKeyException done) {
            return false;
        }
    }

    /** The expert's review of the nomination, or an empty one. */
    public Review own(String nominationId, String expertId) {
        Document d = mongo.findById(nominationId + ":" + expertId, Document.class, SCORES);
        return d == null ? Review.none(nominationId, expertId) : toReview(d);
    }

    /** Every review of the nomination. */
    public List<Review> of(String nominationId) {
        return mongo.find(Query.query(Criteria.where("nominationId").is(nominationId)), Document.class, SCORES).stream()
                .map(ReviewStore::toReview)
                .toList();
    }

    /** Every review the expert gave or was recused from. */
    public List<Review> by(String expertId) {
        return mongo.find(Query.query(Criteria.where("expertId").is(expertId)), Document.class, SCORES).stream()
                .map(ReviewStore::toReview)
                .toList();
    }

    /**
     * The expert's reviews and assignments pass to their pseudonym, with the audit lines of the
     * assignments (which name the expert as what was acted on). Each document is copied under its new id
     * before the old one goes, so an interrupted erasure finishes by running again, and a second run
     * finds nothing named by the account.
     */
    public void passToPseudonym(String expertId, String pseudonym) {
        for (Document review :
                mongo.find(Query.query(Criteria.where("expertId").is(expertId)), Document.class, SCORES)) {
            Document moved = new Document(review)
                    .append("_id", review.getString("nominationId") + ":" + pseudonym)
                    .append("expertId", pseudonym);
            copyThenRemove(moved, review, SCORES);
        }
        for (Document assignment :
                mongo.find(Query.query(Criteria.where("expertId").is(expertId)), Document.class, ASSIGNMENTS)) {
            Document moved = new Document(assignment)
                    .append("_id", assignment.getInteger("edition") + ":" + pseudonym)
                    .append("expertId", pseudonym);
            List<Document> audit = new ArrayList<>();
            for (Document line : assignment.getList(AuditDocuments.FIELD, Document.class, List.of())) {
                Document renamed = new Document(line);
                renamed.replaceAll((field, value) -> expertId.equals(value) ? pseudonym : value);
                audit.add(renamed);
            }
            moved.append(AuditDocuments.FIELD, audit);
            copyThenRemove(moved, assignment, ASSIGNMENTS);
        }
    }

    private void copyThenRemove(Document copy, Document original, String collection) {
        try {
            mongo.insert(copy, collection);
        } catch (DuplicateKeyException copiedBefore) {
            // An erasure interrupted after the copy.
        }
        mongo.remove(Query.query(Criteria.where("_id").is(original.get("_id"))), collection);
    }

    private static Review toReview(Document d) {
        boolean recused = d.getBoolean("recused", false);
        Map<Criterion, Integer> scores = null;
        if (!recused) {
            scores = new EnumMap<>(Criterion.class);
            Map<Criterion, Integer> s = scores;
            d.get("scores", Document.class).forEach((k, v) -> s.put(Criterion.valueOf(k), (Integer) v));
        }
        return new Review(
                d.getString("nominationId"),
                d.getString("expertId"),
                scores,
                recused ? null : d.getInteger("total"),
                d.getString("comment"),
                recused,
                d.getString("recusalReason"),
                d.getString("conflict") == null ? null : Conflict.valueOf(d.getString("conflict")));
    }
}
