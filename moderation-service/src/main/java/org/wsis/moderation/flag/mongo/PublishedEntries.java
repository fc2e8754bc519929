package org.wsis.moderation.flag.mongo;

import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.wsis.contracts.community.ForumPostPublished;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.contracts.moderation.ModerationDecided.SubjectType;
import org.wsis.moderation.flag.domain.PublishedEntry;

/**
 * The entries and forum posts now public, as far as this service knows from the entry and community streams:
 * what may be flagged, keyed as {@link PublishedEntry#key()} names them. A thing only ever moves forward by
 * revision; leaving publication removes it.
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
        write(new PublishedEntry(
                SubjectType.ENTRY,
                event.entryId(),
                event.revision(),
                event.title(),
                authorId,
                event.actionLines().stream().map(Enum::name).toList()));
    }

    /** The post as published (new or edited), its author as this service knows them. */
    public void on(ForumPostPublished event, String authorId) {
        write(new PublishedEntry(
                SubjectType.FORUM_POST,
                event.postId(),
                // Flags on a post count across its edits: an author cannot start the count again by editing.
                1,
                "Forum post in \u201c" + event.threadTitle() + "\u201d: " + event.excerpt(),
                authorId,
                event.categoryId().matches("c[0-9]+")
                        ? List.of(event.categoryId().toUpperCase(java.util.Locale.ROOT))
                        : List.of()));
    }

    private void write(PublishedEntry published) {
        Document current = mongo.findById(published.key(), Document.class, COLLECTION);
        if (current != null && current.getInteger("revision") > published.revision()) {
            return;
        }
        mongo.findAndReplace(
                new Query(Criteria.where("_id").is(published.key())),
                new Document("_id", published.key())
                        .append("subjectType", published.subjectType().name())
                        .append("subjectId", published.subjectId())
                        .append("revision", published.revision())
                        .append("title", published.title())
                        .append("authorId", published.authorId())
                        .append("actionLines", published.actionLines()),
                FindAndReplaceOptions.options().upsert(),
                Document.class,
                COLLECTION);
    }

    /**
     * The author erased their account: their published entries pass to {@code newAuthor}, their forum posts
     * to nobody ({@code pseudonym}).
     */
    public void authorErased(String authorId, String newAuthor, String pseudonym) {
        mongo.updateMulti(
                new Query(Criteria.where("authorId")
                        .is(authorId)
                        .and("subjectType")
                        .is(SubjectType.FORUM_POST.name())),
                new org.springframework.data.mongodb.core.query.Update().set("authorId", pseudonym),
                COLLECTION);
        mongo.updateMulti(
                new Query(Criteria.where("authorId").is(authorId)),
                new org.springframework.data.mongodb.core.query.Update().set("authorId", newAuthor),
                COLLECTION);
    }

    /** The thing is no longer public (withdrawn, rejected or removed), named by its key. */
    public void remove(String key) {
        mongo.remove(new Query(Criteria.where("_id").is(key)), COLLECTION);
    }

    /** The thing named by its key; documents from before posts could be flagged are entries named by their id. */
    public Optional<PublishedEntry> find(String key) {
        return Optional.ofNullable(mongo.findById(key, Document.class, COLLECTION))
                .map(d -> new PublishedEntry(
                        SubjectType.valueOf(d.get("subjectType", SubjectType.ENTRY.name())),
                        d.get("subjectId", d.getString("_id")),
                        d.getInteger("revision"),
                        d.getString("title"),
                        d.getString("authorId"),
                        d.getList("actionLines", String.class, List.of())));
    }
}
