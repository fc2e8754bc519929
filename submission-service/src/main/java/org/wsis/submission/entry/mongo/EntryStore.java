package org.wsis.submission.entry.mongo;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.Recipient;
import org.wsis.servicekit.outbox.Outbox;
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
    private final Outbox outbox;

    public EntryStore(MongoOperations mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    public Optional<Entry> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                .map(EntryStore::toEntry);
    }

    /** Saves a new or loaded entry; returns the stored version. */
    public long save(Entry entry) {
        if (entry.version() == null) {
            Document document = state(entry)
                    .append("_id", entry.id())
                    .append("version", 0L)
                    .append("outbox", outbox.initial(entry.pendingEvents()));
            mongo.insert(document, COLLECTION);
            return 0L;
        }
        Update update = new Update();
        state(entry).forEach(update::set);
        update.inc("version", 1);
        outbox.append(update, entry.pendingEvents());
        var result = mongo.updateFirst(
                new Query(Criteria.where("_id").is(entry.id()).and("version").is(entry.version())), update, COLLECTION);
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException(
                    "Entry " + entry.id() + " changed since version " + entry.version());
        }
        return entry.version() + 1;
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
                .append("publishedAt", date(entry.publishedAt()));
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
                ((Number) d.get("version")).longValue());
    }

    private static @Nullable Date date(@Nullable Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static @Nullable Instant instant(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }

    static List<String> fields() {
        return List.of("ownerId", "status");
    }
}
