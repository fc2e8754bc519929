package org.wsis.community.forum.mongo;

import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.wsis.community.forum.domain.About;

/**
 * What a thread may be about, in {@value #COLLECTION}: the entries, convenors' issues and workshops now
 * public, as this service knows them from the entry and convening streams, one document per thing keyed
 * {@code KIND:id}. A thing only moves forward by revision; leaving public view marks it so.
 */
@Repository
public class SubjectStore {

    public static final String COLLECTION = "subjects";

    private final MongoOperations mongo;

    public SubjectStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** The thing is public at {@code revision}, under {@code title}. */
    public void published(About.Kind kind, String id, int revision, String title) {
        write(kind, id, revision, title, true);
    }

    /** The thing left public view at {@code revision}. */
    public void unpublished(About.Kind kind, String id, int revision) {
        Document current = mongo.findById(kind.name() + ":" + id, Document.class, COLLECTION);
        write(kind, id, revision, current == null ? "" : current.getString("title"), false);
    }

    private void write(About.Kind kind, String id, int revision, String title, boolean isPublic) {
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
