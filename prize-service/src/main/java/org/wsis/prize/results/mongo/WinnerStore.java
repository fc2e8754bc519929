package org.wsis.prize.results.mongo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import org.wsis.prize.audit.domain.AuditLine;
import org.wsis.prize.audit.mongo.AuditDocuments;

/**
 * The Winners selected, in {@value #WINNERS}: one document per edition and category ({@code _id} =
 * edition + category) with the nominations selected and the audit lines of every selection.
 */
@Repository
public class WinnerStore {

    public static final String WINNERS = "winners";

    private final MongoOperations mongo;

    public WinnerStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Replaces the category's Winners, with the selection's audit line, in one write. */
    public void select(int year, int category, List<String> nominationIds, AuditLine selected) {
        mongo.upsert(
                Query.query(Criteria.where("_id").is(year + ":" + category)),
                new Update()
                        .set("edition", year)
                        .set("category", category)
                        .set("nominationIds", List.copyOf(nominationIds))
                        .push(AuditDocuments.FIELD, AuditDocuments.toDocument(selected)),
                WINNERS);
    }

    /** The audit lines of every selection in the edition. */
    public List<AuditLine> auditOf(int edition) {
        List<AuditLine> lines = new ArrayList<>();
        mongo.find(Query.query(Criteria.where("edition").is(edition)), Document.class, WINNERS)
                .forEach(d -> lines.addAll(AuditDocuments.linesOf(edition, d)));
        return lines;
    }

    /** The nominations selected as Winners in the edition, every category together. */
    public Set<String> winners(int year) {
        Set<String> winners = new HashSet<>();
        mongo.find(Query.query(Criteria.where("edition").is(year)), Document.class, WINNERS)
                .forEach(d -> winners.addAll(d.getList("nominationIds", String.class)));
        return winners;
    }
}
