package org.wsis.community.forum.mongo;

import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.wsis.community.forum.domain.Post;
import org.wsis.servicekit.mongo.Indexes;
import org.wsis.servicekit.mongo.RecipientDocuments;
import org.wsis.servicekit.outbox.AggregateDocuments;

/** The forum's posts in {@value #COLLECTION}, saved with their events like every aggregate. */
@Repository
public class PostStore {

    public static final String COLLECTION = "posts";

    private final MongoOperations mongo;
    private final AggregateDocuments documents;

    public PostStore(MongoOperations mongo, AggregateDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
        // A thread's posts in order; a person's posts (their export, their erasure).
        Indexes.ascending(mongo, COLLECTION, "threadId", "postedAt", "_id");
        Indexes.ascending(mongo, COLLECTION, "authorId");
    }

    public Optional<Post> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                .map(PostStore::toPost);
    }

    /** A page of a thread's posts, oldest first. */
    public List<Post> ofThread(String threadId, int page, int size) {
        return mongo
                .find(
                        new Query(Criteria.where("threadId").is(threadId))
                                .with(Sort.by("postedAt", "_id"))
                                .skip((long) page * size)
                                .limit(size),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(PostStore::toPost)
                .toList();
    }

    public long countOfThread(String threadId) {
        return mongo.count(new Query(Criteria.where("threadId").is(threadId)), COLLECTION);
    }

    /** The first post of a thread: the one that started it. */
    public Optional<Post> first(String threadId) {
        return ofThread(threadId, 0, 1).stream().findFirst();
    }

    public List<Post> writtenBy(String userId) {
        return mongo
                .find(
                        new Query(Criteria.where("authorId").is(userId)).with(Sort.by("postedAt")),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(PostStore::toPost)
                .toList();
    }

    /**
     * Saves a new or loaded post with its events; a stale version fails with an optimistic-locking error, a new
     * post whose id exists with a duplicate-key error.
     */
    public void save(Post post) {
        documents.save(COLLECTION, post.id(), post.version(), state(post), post.pendingEvents());
    }

    private static Document state(Post post) {
        Post.State s = post.state();
        return new Document("threadId", s.threadId())
                .append("authorId", s.author().userId())
                .append("author", RecipientDocuments.toDocument(s.author()))
                .append("markdown", s.text().markdown())
                .append("html", s.text().html())
                .append("excerpt", s.text().excerpt())
                .append("revision", s.revision())
                .append("status", s.status().name())
                .append("postedAt", Date.from(s.postedAt()))
                .append("editedAt", s.editedAt() == null ? null : Date.from(s.editedAt()))
                .append("reviewItemId", s.reviewItemId())
                .append("reasonCode", s.reasonCode());
    }

    private static Post toPost(Document d) {
        Date editedAt = d.getDate("editedAt");
        return Post.restore(new Post.State(
                d.getString("_id"),
                d.getString("threadId"),
                RecipientDocuments.fromDocument(d.get("author", Document.class)),
                new Post.Text(d.getString("markdown"), d.getString("html"), d.getString("excerpt")),
                d.getInteger("revision"),
                Post.Status.valueOf(d.getString("status")),
                d.getDate("postedAt").toInstant(),
                editedAt == null ? null : editedAt.toInstant(),
                d.getString("reviewItemId"),
                d.getString("reasonCode"),
                AggregateDocuments.versionOf(d)));
    }
}
