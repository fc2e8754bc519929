package org.wsis.moderation.flag.mongo;

import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.moderation.flag.domain.PublishedEntry;

/**
 * The entries now public, as far as this service knows from the entry stream: what may be flagged.
 * An entry only ever moves forward by revision; leaving publication removes it.
 */
@Repository
public class PublishedEntries {

    public static final String COLLECTION = "published_entries";

    private final MongoOperations mongo;

    public PublishedEntries(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** The entry as published, its author as this service knows them (an erased author is a pseudonym). */
    public void on(EntryPublished event, String authorId) {
        Document current = mongo.findById(event.entryId(), Document.class, COLLECTION);
        if (current != null && current.getInteger("revision") > event.revision()) {
            return;
        }
        mongo.findAndReplace(
                new Query(Criteria.where("_id").is(event.entryId())),
                new Document("_id", event.entryId())
                        .append("revision", event.revision())
                        .append("title", event.title())
                        .append("authorId", authorId)
                        .append(
                                "actionLines",
                                event.actionLines().stream().map(Enum::name).toList()),
                FindAndReplaceOptions.options().upsert(),
                Document.class,
                COLLECTION);
    }

    /** The author erased their account: their published entries pass to {@code newAuthor}. */
    public void authorErased(String authorId, String newAuthor) {
        mongo.updateMulti(
                new Query(Criteria.where("authorId").is(authorId)),
                new org.springframework.data.mongodb.core.query.Update().set("authorId", newAuthor),
                COLLECTION);
    }

    /** The entry is no longer public (withdrawn or rejected). */
    public void remove(String entryId) {
        mongo.remove(new Query(Criteria.where("_id").is(entryId)), COLLECTION);
    }

    public Optional<PublishedEntry> find(String entryId) {
        return Optional.ofNullable(mongo.findById(entryId, Document.class, COLLECTION))
                .map(d -> new PublishedEntry(
                        d.getString("_id"),
                        d.getInteger("revision"),
                        d.getString("title"),
                        d.getString("authorId"),
                        d.getList("actionLines", String.class, List.of())));
    }
}
