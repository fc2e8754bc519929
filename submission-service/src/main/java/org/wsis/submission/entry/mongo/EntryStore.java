package org.wsis.submission.entry.mongo;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.Recipient;
import org.wsis.servicekit.outbox.AggregateDocuments;
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
    }

    public Optional<Entry> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                .map(EntryStore::toEntry);
    }

    /** Saves a new or loaded entry; returns the stored version. */
    public long save(Entry entry) {
        if (entry.version() == null) {
            documents.insert(COLLECTION, entry.id(), state(entry), entry.pendingEvents());
            return 0L;
        }
        return documents.update(COLLECTION, entry.id(), entry.version(), state(entry), entry.pendingEvents());
    }

    private static Document state(Entry entry) {
        EntryDetails d = entry.details();
        Recipient o = entry.owner();
        return new Document("ownerId", o.userId())
                .append(
                        "owner",
                        new Document("userId", o.userId())
                                .append("email", o.email())
                                .append("displayName", o.displayName())
                                .append("locale", o.locale()))
                .append("title", d.title())
                .append("organisation", d.organisation())
                .append("actionLines", d.actionLines().stream().map(Enum::name).toList())
                .append("shortDescription", d.shortDescription())
                .append("status", entry.status().name())
                .append("revision", entry.revision())
                .append("messageFromModerator", entry.messageFromModerator())
                .append("createdAt", Date.from(entry.createdAt()))
                .append("updatedAt", Date.from(entry.updatedAt()))
                .append("publishedAt", date(entry.publishedAt()))
                .append("hidden", entry.isHidden());
    }

    private static Entry toEntry(Document d) {
        Document o = d.get("owner", Document.class);
        Recipient owner = new Recipient(
                o.getString("userId"), o.getString("email"), o.getString("displayName"), o.getString("locale"));
        EntryDetails details = new EntryDetails(
                d.getString("title"),
                d.getString("organisation"),
                d.getList("actionLines", String.class).stream()
                        .map(ActionLine::valueOf)
                        .toList(),
                d.getString("shortDescription"));
        return Entry.restore(
                d.getString("_id"),
                owner,
                details,
                EntryStatus.valueOf(d.getString("status")),
                d.getInteger("revision"),
                d.getString("messageFromModerator"),
                d.getDate("createdAt").toInstant(),
                d.getDate("updatedAt").toInstant(),
                instant(d.getDate("publishedAt")),
                Boolean.TRUE.equals(d.getBoolean("hidden")),
                AggregateDocuments.versionOf(d));
    }

    private static @Nullable Date date(@Nullable Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static @Nullable Instant instant(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }
}
