package org.wsis.community.forum.mongo;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import org.wsis.community.forum.domain.About;
import org.wsis.community.forum.domain.ForumCategory;
import org.wsis.community.forum.domain.ForumThread;
import org.wsis.contracts.Recipient;
import org.wsis.servicekit.mongo.Indexes;
import org.wsis.servicekit.mongo.RecipientDocuments;

/**
 * The forum's threads in {@value #COLLECTION}. A thread carries no events: its counts move by atomic
 * increments as posts come and go, and a lock or a move is one field set, so replies written at once never
 * collide on it.
 */
@Repository
public class ThreadStore {

    public static final String COLLECTION = "threads";

    private final MongoOperations mongo;

    public ThreadStore(MongoOperations mongo) {
        this.mongo = mongo;
        // The lists' orders (most recently active first), in a category or across the forum.
        Indexes.ascending(mongo, COLLECTION, "category", "lastPostAt", "_id");
        Indexes.ascending(mongo, COLLECTION, "lastPostAt", "_id");
        Indexes.ascending(mongo, COLLECTION, "aboutKey");
        Indexes.ascending(mongo, COLLECTION, "authorId");
    }

    public void insert(ForumThread thread) {
        About about = thread.about();
        mongo.insert(
                new Document("_id", thread.id())
                        .append("category", thread.category().id())
                        .append("title", thread.title())
                        .append("aboutKey", about == null ? null : about.key())
                        .append(
                                "about",
                                about == null
                                        ? null
                                        : new Document("kind", about.kind().name())
                                                .append("id", about.id())
                                                .append("title", about.title()))
                        .append("authorId", thread.author().userId())
                        .append("author", RecipientDocuments.toDocument(thread.author()))
                        .append("startedAt", Date.from(thread.startedAt()))
                        .append("lockedBy", null)
                        .append("posts", thread.posts())
                        .append("lastPostAt", Date.from(thread.lastPostAt())),
                COLLECTION);
    }

    public Optional<ForumThread> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                .map(ThreadStore::toThread);
    }

    /** The threads of {@code ids} that exist, the most recently active first, in one query. */
    public List<ForumThread> findAll(java.util.Collection<String> ids) {
        return mongo
                .find(
                        new Query(Criteria.where("_id").in(ids))
                                .with(Sort.by(Sort.Direction.DESC, "lastPostAt", "_id")),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(ThreadStore::toThread)
                .toList();
    }

    /** A page of threads, the most recently active first, in a category or about a thing (or both, or neither). */
    public List<ForumThread> list(@Nullable ForumCategory category, @Nullable String aboutKey, int page, int size) {
        return mongo
                .find(
                        filter(category, aboutKey)
                                .with(Sort.by(Sort.Direction.DESC, "lastPostAt", "_id"))
                                .skip((long) page * size)
                                .limit(size),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(ThreadStore::toThread)
                .toList();
    }

    public long count(@Nullable ForumCategory category, @Nullable String aboutKey) {
        return mongo.count(filter(category, aboutKey), COLLECTION);
    }

    /** The most recent activity in a category, if it has any thread. */
    public Optional<Instant> lastActivity(ForumCategory category) {
        return list(category, null, 0, 1).stream().findFirst().map(ForumThread::lastPostAt);
    }

    private static Query filter(@Nullable ForumCategory category, @Nullable String aboutKey) {
        Criteria criteria = new Criteria();
        if (category != null) {
            criteria = criteria.and("category").is(category.id());
        }
        if (aboutKey != null) {
            criteria = criteria.and("aboutKey").is(aboutKey);
        }
        return new Query(criteria);
    }

    /** A post became public in the thread (new, or back after review). */
    public void postShown(String threadId, Instant postedAt) {
        mongo.updateFirst(
                new Query(Criteria.where("_id").is(threadId)),
                new Update().inc("posts", 1).max("lastPostAt", Date.from(postedAt)),
                COLLECTION);
    }

    /** A post of the thread left public view. */
    public void postHidden(String threadId) {
        mongo.updateFirst(
                new Query(Criteria.where("_id").is(threadId).and("posts").gt(0)),
                new Update().inc("posts", -1),
                COLLECTION);
    }

    /** A moderator locks the thread ({@code moderatorId}), or opens it again (null). */
    public void lock(String threadId, @Nullable String moderatorId) {
        mongo.updateFirst(
                new Query(Criteria.where("_id").is(threadId)), new Update().set("lockedBy", moderatorId), COLLECTION);
    }

    public void move(String threadId, ForumCategory category) {
        mongo.updateFirst(
                new Query(Criteria.where("_id").is(threadId)), new Update().set("category", category.id()), COLLECTION);
    }

    public List<ForumThread> startedBy(String userId) {
        return mongo.find(new Query(Criteria.where("authorId").is(userId)), Document.class, COLLECTION).stream()
                .map(ThreadStore::toThread)
                .toList();
    }

    /** The person who started the thread erased their account: it stays, started by {@code pseudonym}. */
    public void authorErased(String userId, Recipient pseudonym) {
        mongo.updateMulti(
                new Query(Criteria.where("authorId").is(userId)),
                new Update()
                        .set("authorId", pseudonym.userId())
                        .set("author", RecipientDocuments.toDocument(pseudonym)),
                COLLECTION);
    }

    private static ForumThread toThread(Document d) {
        Document about = d.get("about", Document.class);
        return new ForumThread(
                d.getString("_id"),
                ForumCategory.byId(d.getString("category")).orElse(ForumCategory.GENERAL),
                d.getString("title"),
                about == null
                        ? null
                        : new About(
                                About.Kind.valueOf(about.getString("kind")),
                                about.getString("id"),
                                about.getString("title")),
                RecipientDocuments.fromDocument(d.get("author", Document.class)),
                d.getDate("startedAt").toInstant(),
                d.getString("lockedBy"),
                d.getInteger("posts", 0),
                d.getDate("lastPostAt").toInstant());
    }
}
