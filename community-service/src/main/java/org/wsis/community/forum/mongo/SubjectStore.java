package org.wsis.community.forum.mongo;

import java.util.Optional;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.wsis.community.forum.domain.About;

/**
 * What a thread or a document may be about, in {@value #COLLECTION}: the entries, convenors' issues and
 * workshops now public, as this service knows them from the entry and convening streams, one document per thing
 * keyed {@code KIND:id}, with an entry's owner (who alone gives it a logo). A thing only moves forward by
 * revision; leaving public view marks it so.
 */
@Repository
public class SubjectStore {

    public static final String COLLECTION = "subjects";

    private final MongoOperations mongo;

    public SubjectStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** The thing is public at {@code revision}, under {@code title}; an entry's owner with it. */
    public void published(About.Kind kind, String id, int revision, String title, @Nullable String ownerId) {
        write(kind, id, revision, title, ownerId, true);
    }

    /** The thing left public view at {@code revision}. */
    public void unpublished(About.Kind kind, String id, int revision) {
        Document current = mongo.findById(kind.name() + ":" + id, Document.class, COLLECTION);
        write(
                kind,
                id,
                revision,
                current == null ? "" : current.getString("title"),
                current == null ? null : current.getString("ownerId"),
                false);
    }

    /** The account that owns an entry, as its last publication named it. */
    public java.util.Optional<String> ownerOf(About.Kind kind, String id) {
        return java.util.Optional.ofNullable(mongo.findById(kind.name() + ":" + id, Document.class, COLLECTION))
                .map(d -> d.getString("ownerId"));
    }

    private void write(
            About.Kind kind, String id, int revision, String title, @Nullable String ownerId, boolean isPublic) {
        String key = kind.name() + ":" + id;
        Document current = mongo.findById(key, Document.class, COLLECTION);
        if (current != null && current.getInteger("revision") > revision) {
            return;
        }
        mongo.findAndReplace(
                new Query(Criteria.where("_id").is(key)),
                new Document("_id", key)
                        .append("kind", kind.name())
                        .append("id", id)
                        .append("revision", revision)
                        .append("title", title)
                        .append("ownerId", ownerId)
                        .append("public", isPublic),
                FindAndReplaceOptions.options().upsert(),
                Document.class,
                COLLECTION);
    }

    /** The thing, when it is public now. */
    public Optional<About> findPublic(About.Kind kind, String id) {
        return Optional.ofNullable(mongo.findById(kind.name() + ":" + id, Document.class, COLLECTION))
                .filter(d -> Boolean.TRUE.equals(d.getBoolean("public")))
                .map(d -> new About(kind, id, d.getString("title")));
    }
}
