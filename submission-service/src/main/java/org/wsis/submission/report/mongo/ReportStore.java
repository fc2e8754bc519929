package org.wsis.submission.report.mongo;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.wsis.submission.report.domain.StocktakingReport;

/**
 * The Stocktaking Reports in {@value #COLLECTION}, one document per year (its id), replaced whole by a write
 * conditional on the version read (two editors generating at once: the second is told to look again).
 */
@Repository
public class ReportStore {

    public static final String COLLECTION = "reports";

    private final MongoOperations mongo;

    public ReportStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public Optional<StocktakingReport> find(int year) {
        return Optional.ofNullable(mongo.findById(year, Document.class, COLLECTION))
                .map(ReportStore::report);
    }

    /** Every report, the latest year first. */
    public List<StocktakingReport> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "_id")), Document.class, COLLECTION).stream()
                .map(ReportStore::report)
                .toList();
    }

    /**
     * Saves a report generated from the version {@code read} of that year's (null: none existed); another
     * editor's report saved in between fails with an optimistic-locking error.
     */
    public void save(StocktakingReport report, @Nullable Long read) {
        Document d = document(report).append("v", read == null ? 0L : read + 1);
        if (read == null) {
            try {
                mongo.insert(d, COLLECTION);
            } catch (DuplicateKeyException generatedMeanwhile) {
                throw new OptimisticLockingFailureException("The report of " + report.year() + " was just generated");
            }
            return;
        }
        var result =
                mongo.getCollection(COLLECTION).replaceOne(new Document("_id", report.year()).append("v", read), d);
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("The report of " + report.year() + " was just generated");
        }
    }

    private static Document document(StocktakingReport r) {
        List<Document> stories = new ArrayList<>();
        for (StocktakingReport.Story s : r.stories()) {
            stories.add(new Document("entryId", s.entryId())
                    .append("title", s.title())
                    .append("organisation", s.organisation())
                    .append("country", s.country())
                    .append("actionLines", s.actionLines())
                    .append("shortDescription", s.shortDescription()));
        }
        return new Document("_id", r.year())
                .append("numbers", numbers(r.numbers()))
                .append("previous", numbers(r.previous()))
                .append("stories", stories)
                .append("generatedAt", Date.from(r.generatedAt()));
    }

    private static Document numbers(StocktakingReport.Numbers n) {
        return new Document("total", n.total())
                .append("byActionLine", new Document(n.byActionLine()))
                .append("bySdg", new Document(n.bySdg()))
                .append("byRegion", new Document(n.byRegion()))
                .append("byStakeholderType", new Document(n.byStakeholderType()))
                .append("byCountry", new Document(n.byCountry()));
    }

    private static StocktakingReport report(Document d) {
        List<StocktakingReport.Story> stories = new ArrayList<>();
        for (Document s : d.getList("stories", Document.class)) {
            stories.add(new StocktakingReport.Story(
                    s.getString("entryId"),
                    s.getString("title"),
                    s.getString("organisation"),
                    s.getString("country"),
                    s.getList("actionLines", String.class),
                    s.getString("shortDescription")));
        }
        return new StocktakingReport(
                d.getInteger("_id"),
                numbers(d.get("numbers", Document.class)),
                numbers(d.get("previous", Document.class)),
                stories,
                d.getDate("generatedAt").toInstant(),
                d.get("v", Number.class).longValue());
    }

    private static StocktakingReport.Numbers numbers(Document d) {
        return new StocktakingReport.Numbers(
                d.get("total", Number.class).longValue(),
                counts(d.get("byActionLine", Document.class)),
                counts(d.get("bySdg", Document.class)),
                counts(d.get("byRegion", Document.class)),
                counts(d.get("byStakeholderType", Document.class)),
                counts(d.get("byCountry", Document.class)));
    }

    private static Map<String, Integer> counts(Document d) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        d.forEach((key, value) -> counts.put(key, ((Number) value).intValue()));
        return counts;
    }
}
