package org.wsis.convening.issue.mongo;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.wsis.contracts.ActionLine;
import org.wsis.convening.issue.domain.Issue;
import org.wsis.convening.issue.domain.IssueDetails;
import org.wsis.convening.issue.domain.PlannedEvent;
import org.wsis.convening.publication.mongo.ItemDocuments;
import org.wsis.convening.publication.mongo.PublicationDocuments;
import org.wsis.servicekit.mongo.Indexes;
import org.wsis.servicekit.mongo.RecipientDocuments;
import org.wsis.servicekit.outbox.AggregateDocuments;

/**
 * Issues in the {@value #COLLECTION} collection. A save is one conditional update of one document at the
 * version it was loaded at, with the issue's new events appended to its outbox.
 */
@Repository
public class IssueStore {

    public static final String COLLECTION = "issues";

    private final MongoOperations mongo;
    private final AggregateDocuments documents;

    public IssueStore(MongoOperations mongo, AggregateDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
        // A convenor's issues: its page, its managers' list, and the directory when the convenor changes.
        Indexes.ascending(mongo, COLLECTION, "convenorId");
        // A person's issues, for their erasure.
        Indexes.ascending(mongo, COLLECTION, "submittedById");
    }

    public Optional<Issue> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                .map(IssueStore::toIssue);
    }

    public List<Issue> findAll(Collection<String> ids) {
        return mongo.find(new Query(Criteria.where("_id").in(ids)), Document.class, COLLECTION).stream()
                .map(IssueStore::toIssue)
                .toList();
    }

    /** A convenor's issues, in every status, oldest first. */
    public List<Issue> ofConvenor(String convenorId) {
        return mongo
                .find(
                        new Query(Criteria.where("convenorId").is(convenorId)).with(Sort.by("createdAt", "_id")),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(IssueStore::toIssue)
                .toList();
    }

    /** The issues {@code userId} last submitted, for their erasure. */
    public List<Issue> submittedBy(String userId) {
        return mongo.find(new Query(Criteria.where("submittedById").is(userId)), Document.class, COLLECTION).stream()
                .map(IssueStore::toIssue)
                .toList();
    }

    /** Hands every issue changed at or after {@code since} to {@code sink}, oldest change first. */
    public int forEachChangedSince(Instant since, Consumer<Issue> sink) {
        return ItemDocuments.forEachChangedSince(mongo, COLLECTION, since, IssueStore::toIssue, sink);
    }

    /** Declares the index {@link #forEachChangedSince} reads; a server may refuse it (the query still works). */
    public void declareChangeIndex() {
        Indexes.ascending(mongo, COLLECTION, "updatedAt");
    }

    /** Saves a new or loaded issue; returns the stored version. */
    public long save(Issue issue) {
        return documents.save(COLLECTION, issue.id(), issue.version(), state(issue), issue.pendingEvents());
    }

    /** Inserts issues brought in from elsewhere (demonstration data) as they are, with no events. */
    public void insertImported(Collection<Issue> issues) {
        ItemDocuments.insertImported(mongo, COLLECTION, issues, Issue::id, IssueStore::state);
    }

    public long count() {
        return mongo.getCollection(COLLECTION).estimatedDocumentCount();
    }

    private static Document state(Issue issue) {
        Issue.State s = issue.state();
        return new Document("convenorId", s.convenorId())
                .append("submittedById", s.submittedBy().userId())
                .append("convenorName", s.convenorName())
                .append("publication", PublicationDocuments.toDocument(s.publication(), IssueStore::details))
                .append("submittedBy", RecipientDocuments.toDocument(s.submittedBy()))
                .append("createdAt", Date.from(s.createdAt()))
                .append("updatedAt", Date.from(s.updatedAt()));
    }

    private static Document details(IssueDetails d) {
        return new Document("year", d.year())
                .append("title", d.title())
                .append("description", d.description())
                .append("language", d.language())
                .append("actionLines", d.actionLines().stream().map(Enum::name).toList())
                .append("sdgs", d.sdgs())
                .append("keywords", d.keywords())
                .append(
                        "plannedEvents",
                        d.plannedEvents().stream().map(IssueStore::event).toList());
    }

    private static Document event(PlannedEvent e) {
        return new Document("id", e.id())
                .append("type", e.type().name())
                .append("title", e.title())
                .append("startsAt", e.startsAt().toString())
                .append("endsAt", e.endsAt().toString())
                .append("timeZone", e.timeZone().getId())
                .append("online", e.online())
                .append("place", e.place())
                .append("country", e.country());
    }

    private static PlannedEvent event(Document d, int position) {
        return new PlannedEvent(
                // Stored before planned events had ids: their position names them.
                d.getString("id") != null ? d.getString("id") : String.valueOf(position + 1),
                PlannedEvent.Type.valueOf(d.getString("type")),
                d.getString("title"),
                LocalDateTime.parse(d.getString("startsAt")),
                LocalDateTime.parse(d.getString("endsAt")),
                ZoneId.of(d.getString("timeZone")),
                Boolean.TRUE.equals(d.getBoolean("online")),
                d.getString("place"),
                d.getString("country"));
    }

    private static IssueDetails details(Document d) {
        return new IssueDetails(
                d.getInteger("year"),
                d.getString("title"),
                d.getString("description"),
                d.getString("language"),
                d.getList("actionLines", String.class).stream()
                        .map(ActionLine::valueOf)
                        .toList(),
                d.getList("sdgs", Integer.class),
                d.getList("keywords", String.class),
                plannedEvents(d.getList("plannedEvents", Document.class)));
    }

    private static List<PlannedEvent> plannedEvents(List<Document> stored) {
        return java.util.stream.IntStream.range(0, stored.size())
                .mapToObj(i -> event(stored.get(i), i))
                .toList();
    }

    private static Issue toIssue(Document d) {
        return Issue.restore(new Issue.State(
                d.getString("_id"),
                d.getString("convenorId"),
                d.getString("convenorName"),
                PublicationDocuments.fromDocument(d.get("publication", Document.class), IssueStore::details),
                RecipientDocuments.fromDocument(d.get("submittedBy", Document.class)),
                d.getDate("createdAt").toInstant(),
                d.getDate("updatedAt").toInstant(),
                AggregateDocuments.versionOf(d)));
    }
}
