package org.wsis.convening.outcome.mongo;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.wsis.contracts.ActionLine;
import org.wsis.convening.outcome.domain.OutcomeDetails;
import org.wsis.convening.outcome.domain.WorkshopOutcome;
import org.wsis.convening.publication.mongo.PublicationDocuments;
import org.wsis.servicekit.mongo.Indexes;
import org.wsis.servicekit.mongo.RecipientDocuments;
import org.wsis.servicekit.outbox.AggregateDocuments;

/** Workshops' outcomes in the {@value #COLLECTION} collection, one per workshop (the workshop's id is its id). */
@Repository
public class OutcomeStore {

    public static final String COLLECTION = "outcomes";

    private final MongoOperations mongo;
    private final AggregateDocuments documents;

    public OutcomeStore(MongoOperations mongo, AggregateDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
        // A theme's outcomes across the years; a person's (erasure).
        Indexes.ascending(mongo, COLLECTION, "themeKey");
        Indexes.ascending(mongo, COLLECTION, "submittedById");
    }

    public Optional<WorkshopOutcome> find(String workshopId) {
        return Optional.ofNullable(mongo.findById(workshopId, Document.class, COLLECTION))
                .map(OutcomeStore::toOutcome);
    }

    /** The outcomes of the workshops on {@code theme} (its name, whatever its case), the latest year first. */
    public List<WorkshopOutcome> onTheme(String theme) {
        return mongo
                .find(
                        new Query(Criteria.where("themeKey").is(key(theme)))
                                .with(Sort.by(Sort.Direction.DESC, "year").and(Sort.by("createdAt", "_id"))),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(OutcomeStore::toOutcome)
                .toList();
    }

    public List<WorkshopOutcome> submittedBy(String userId) {
        return mongo.find(new Query(Criteria.where("submittedById").is(userId)), Document.class, COLLECTION).stream()
                .map(OutcomeStore::toOutcome)
                .toList();
    }

    public long save(WorkshopOutcome outcome) {
        return documents.save(
                COLLECTION, outcome.workshopId(), outcome.version(), state(outcome), outcome.pendingEvents());
    }

    private static String key(String theme) {
        return theme.strip().toLowerCase(Locale.ROOT);
    }

    private static Document state(WorkshopOutcome outcome) {
        WorkshopOutcome.State s = outcome.state();
        return new Document("title", s.title())
                .append("theme", s.theme())
                .append("themeKey", key(s.theme()))
                .append("venue", s.venue())
                .append("year", s.year())
                .append("convenor", s.convenor())
                .append("submittedById", s.submittedBy().userId())
                .append("submittedBy", RecipientDocuments.toDocument(s.submittedBy()))
                .append("publication", PublicationDocuments.toDocument(s.publication(), OutcomeStore::details))
                .append("createdAt", Date.from(s.createdAt()))
                .append("updatedAt", Date.from(s.updatedAt()));
    }

    private static Document details(OutcomeDetails d) {
        return new Document(
                        "challenges",
                        d.challenges().stream()
                                .map(c -> new Document("statement", c.statement())
                                        .append(
                                                "actionLines",
                                                c.actionLines().stream()
                                                        .map(Enum::name)
                                                        .toList()))
                                .toList())
                .append("agreedBy", d.agreedBy())
                .append(
                        "followUps",
                        d.followUps().stream()
                                .map(f -> new Document("mechanism", f.mechanism())
                                        .append("lead", f.lead())
                                        .append("by", f.by().toString()))
                                .toList());
    }

    private static OutcomeDetails details(Document d) {
        return new OutcomeDetails(
                d.getList("challenges", Document.class).stream()
                        .map(c -> new OutcomeDetails.Challenge(
                                c.getString("statement"),
                                c.getList("actionLines", String.class).stream()
                                        .map(ActionLine::valueOf)
                                        .toList()))
                        .toList(),
                d.getList("agreedBy", String.class),
                d.getList("followUps", Document.class).stream()
                        .map(f -> new OutcomeDetails.FollowUp(
                                f.getString("mechanism"), f.getString("lead"), LocalDate.parse(f.getString("by"))))
                        .toList());
    }

    private static WorkshopOutcome toOutcome(Document d) {
        return WorkshopOutcome.restore(new WorkshopOutcome.State(
                d.getString("_id"),
                d.getString("title"),
                d.getString("theme"),
                d.getString("venue"),
                d.getInteger("year"),
                d.getString("convenor"),
                RecipientDocuments.fromDocument(d.get("submittedBy", Document.class)),
                PublicationDocuments.fromDocument(d.get("publication", Document.class), OutcomeStore::details),
                d.getDate("createdAt").toInstant(),
                d.getDate("updatedAt").toInstant(),
                AggregateDocuments.versionOf(d)));
    }
}
