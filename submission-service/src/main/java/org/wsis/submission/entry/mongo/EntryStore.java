package org.wsis.submission.entry.mongo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.reference.GdcObjective;
import org.wsis.contracts.reference.StakeholderType;
import org.wsis.servicekit.mongo.Indexes;
import org.wsis.servicekit.mongo.RecipientDocuments;
import org.wsis.servicekit.outbox.AggregateDocuments;
import org.wsis.servicekit.outbox.OutboxRelay;
import org.wsis.submission.entry.domain.Entry;
import org.wsis.submission.entry.domain.EntryDetails;
import org.wsis.submission.entry.domain.EntryStatus;

/**
 * Entries in the {@value #COLLECTION} collection. A save is one conditional update of one document:
 * it matches the version the entry was loaded at, sets the new state, increments the version and
 * appends the entry's new events to its outbox. A stale version matches nothing and fails with an
 * optimistic-locking error, so no write is lost and no event leaves without its state change.
 */
@Repository
public class EntryStore {

    public static final String COLLECTION = "entries";

    private final MongoOperations mongo;
    private final AggregateDocuments documents;

    public EntryStore(MongoOperations mongo, AggregateDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
        // A person's own entries: their export, and their erasure.
        Indexes.ascending(mongo, COLLECTION, "ownerId");
    }

    public Optional<Entry> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                .map(EntryStore::toEntry);
    }

    /** Every entry of one owner, in every status, oldest first. */
    public List<Entry> ownedBy(String userId) {
        return mongo
                .find(
                        new org.springframework.data.mongodb.core.query.Query(
                                        org.springframework.data.mongodb.core.query.Criteria.where("ownerId")
                                                .is(userId))
                                .with(org.springframework.data.domain.Sort.by("createdAt", "_id")),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(EntryStore::toEntry)
                .toList();
    }

    /** The entries among {@code ids} that exist, in no particular order. */
    public List<Entry> findAll(java.util.Collection<String> ids) {
        return mongo
                .find(
                        new org.springframework.data.mongodb.core.query.Query(
                                org.springframework.data.mongodb.core.query.Criteria.where("_id")
                                        .in(ids)),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(EntryStore::toEntry)
                .toList();
    }

    /**
     * Hands every entry changed at or after {@code since} to {@code sink}, oldest change first, streaming
     * from the database (a whole collection never sits in memory); returns how many it handed.
     */
    public int forEachChangedSince(Instant since, java.util.function.Consumer<Entry> sink) {
        var changed = new org.springframework.data.mongodb.core.query.Query(
                        org.springframework.data.mongodb.core.query.Criteria.where("updatedAt")
                                .gte(Date.from(since)))
                .with(org.springframework.data.domain.Sort.by("updatedAt"))
                .cursorBatchSize(500);
        int[] read = {0};
        try (var documents = mongo.stream(changed, Document.class, COLLECTION)) {
            documents.forEach(document -> {
                sink.accept(toEntry(document));
                read[0]++;
            });
        }
        return read[0];
    }

    /**
     * Declares the index on {@code updatedAt} that {@link #forEachChangedSince} reads. A server may refuse
     * it (the query works without it, slower): the exception says why.
     */
    public void declareChangeIndex() {
        Indexes.ascending(mongo, COLLECTION, "updatedAt");
    }

    /** Saves a new or loaded entry; returns the stored version. */
    public long save(Entry entry) {
        if (entry.version() == null) {
            documents.insert(COLLECTION, entry.id(), state(entry), entry.pendingEvents());
            return 0L;
        }
        return documents.update(COLLECTION, entry.id(), entry.version(), state(entry), entry.pendingEvents());
    }

    /**
     * Inserts entries brought in from elsewhere (demonstration data, an import) as they are, with no
     * events: nothing happened to them here. Existing ids are left alone.
     */
    public void insertImported(java.util.Collection<Entry> entries) {
        List<Document> documents = entries.stream()
                .map(entry -> new Document(state(entry))
                        .append("_id", entry.id())
                        .append(AggregateDocuments.VERSION, 0L)
                        .append(OutboxRelay.FIELD, List.of()))
                .toList();
        if (!documents.isEmpty()) {
            mongo.insert(documents, COLLECTION);
        }
    }

    public long count() {
        return mongo.getCollection(COLLECTION).estimatedDocumentCount();
    }

    private static Document state(Entry entry) {
        return new Document("ownerId", entry.owner().userId())
                .append("owner", RecipientDocuments.toDocument(entry.owner()))
                .append("details", details(entry.details()))
                .append("published", entry.published() == null ? null : details(entry.published()))
                .append("publishedRevision", entry.publishedRevision())
                .append("status", entry.status().name())
                .append("revision", entry.revision())
                .append("messageFromModerator", entry.messageFromModerator())
                .append("createdAt", Date.from(entry.createdAt()))
                .append("updatedAt", Date.from(entry.updatedAt()))
                .append("publishedAt", date(entry.publishedAt()))
                .append("hidden", entry.isHidden());
    }

    static Document details(EntryDetails d) {
        return new Document("title", d.title())
                .append("organisation", d.organisation())
                .append("stakeholderType", d.stakeholderType().name())
                .append("country", d.country())
                .append("actionLines", d.actionLines().stream().map(Enum::name).toList())
                .append("sdgs", d.sdgs())
                .append(
                        "gdcObjectives",
                        d.gdcObjectives().stream().map(Enum::name).toList())
                .append("shortDescription", d.shortDescription())
                .append("fullDescription", d.fullDescription())
                .append(
                        "impact",
                        new Document("economic", d.impact().economic())
                                .append("social", d.impact().social())
                                .append("environmental", d.impact().environmental()))
                .append("partnerships", d.partnerships())
                .append("challenges", d.challenges())
                .append("startDate", d.startDate().toString())
                .append("endDate", d.endDate() == null ? null : d.endDate().toString())
                .append("website", d.website())
                .append("contactEmail", d.contactEmail())
                .append("languages", d.languages())
                .append("keywords", d.keywords());
    }

    static EntryDetails details(Document d) {
        Document impact = d.get("impact", Document.class);
        String endDate = d.getString("endDate");
        return new EntryDetails(
                d.getString("title"),
                d.getString("organisation"),
                StakeholderType.valueOf(d.getString("stakeholderType")),
                d.getString("country"),
                d.getList("actionLines", String.class).stream()
                        .map(ActionLine::valueOf)
                        .toList(),
                d.getList("sdgs", Integer.class),
                d.getList("gdcObjectives", String.class).stream()
                        .map(GdcObjective::valueOf)
                        .toList(),
                d.getString("shortDescription"),
                d.getString("fullDescription"),
                new EntryDetails.Impact(
                        impact.getString("economic"), impact.getString("social"), impact.getString("environmental")),
                d.getString("partnerships"),
                d.getString("challenges"),
                LocalDate.parse(d.getString("startDate")),
                endDate == null ? null : LocalDate.parse(endDate),
                d.getString("website"),
                d.getString("contactEmail"),
                d.getList("languages", String.class),
                d.getList("keywords", String.class));
    }

    /** Rebuilds an entry from its stored document. */
    private static Entry toEntry(Document d) {
        Recipient owner = RecipientDocuments.fromDocument(d.get("owner", Document.class));
        Document published = d.get("published", Document.class);
        return Entry.restore(new Entry.State(
                d.getString("_id"),
                owner,
                details(d.get("details", Document.class)),
                published == null ? null : details(published),
                d.getInteger("publishedRevision", 0),
                EntryStatus.valueOf(d.getString("status")),
                d.getInteger("revision"),
                d.getString("messageFromModerator"),
                d.getDate("createdAt").toInstant(),
                d.getDate("updatedAt").toInstant(),
                instant(d.getDate("publishedAt")),
                Boolean.TRUE.equals(d.getBoolean("hidden")),
                AggregateDocuments.versionOf(d)));
    }

    private static @Nullable Date date(@Nullable Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static @Nullable Instant instant(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }
}
