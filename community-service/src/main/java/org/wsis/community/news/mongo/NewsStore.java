package org.wsis.community.news.mongo;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import org.wsis.community.news.domain.NewsPost;
import org.wsis.servicekit.mongo.Indexes;
import org.wsis.servicekit.outbox.AggregateDocuments;

/** The newsroom's posts in {@value #COLLECTION}, saved with their events like every aggregate. */
@Repository
public class NewsStore {

    public static final String COLLECTION = "news";

    private final MongoOperations mongo;
    private final AggregateDocuments documents;

    public NewsStore(MongoOperations mongo, AggregateDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
        // The public's lists (newest first, in a language: read backwards); the newsroom's; a person's.
        Indexes.ascending(mongo, COLLECTION, "status", "publishedAt", "_id");
        Indexes.ascending(mongo, COLLECTION, "status", "languages", "publishedAt", "_id");
        Indexes.ascending(mongo, COLLECTION, "updatedAt", "_id");
        Indexes.ascending(mongo, COLLECTION, "createdBy");
    }

    public Optional<NewsPost> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                .map(NewsStore::toPost);
    }

    /**
     * A page of the public posts, newest first; only those written in {@code language} when it is given (a
     * feed in that language).
     */
    public List<NewsPost> published(@Nullable String language, int page, int size) {
        return mongo
                .find(
                        new Query(publishedIn(language))
                                .with(Sort.by(Sort.Direction.DESC, "publishedAt", "_id"))
                                .skip((long) page * size)
                                .limit(size),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(NewsStore::toPost)
                .toList();
    }

    public long countPublished(@Nullable String language) {
        return mongo.count(new Query(publishedIn(language)), COLLECTION);
    }

    /** Every post, drafts and withdrawn ones too, the last changed first: the editors' list. */
    public List<NewsPost> all(int page, int size) {
        return mongo
                .find(
                        new Query()
                                .with(Sort.by(Sort.Direction.DESC, "updatedAt", "_id"))
                                .skip((long) page * size)
                                .limit(size),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(NewsStore::toPost)
                .toList();
    }

    public long count() {
        return mongo.count(new Query(), COLLECTION);
    }

    public List<NewsPost> createdBy(String userId) {
        return mongo
                .find(
                        new Query(Criteria.where("createdBy").is(userId)).with(Sort.by("createdAt")),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(NewsStore::toPost)
                .toList();
    }

    /** An editor erased their account: the posts stay, their account is named by {@code pseudonym}. */
    public void editorErased(String userId, String pseudonym) {
        // The version moves too: an editor's save from before the erasure cannot write the account back.
        mongo.updateMulti(
                new Query(Criteria.where("createdBy").is(userId)),
                new Update().set("createdBy", pseudonym).inc(AggregateDocuments.VERSION, 1),
                COLLECTION);
        mongo.updateMulti(
                new Query(Criteria.where("updatedBy").is(userId)),
                new Update().set("updatedBy", pseudonym).inc(AggregateDocuments.VERSION, 1),
                COLLECTION);
    }

    /**
     * Saves a new or loaded post with its events; a stale version fails with an optimistic-locking error, a new
     * post whose id exists with a duplicate-key error.
     */
    public void save(NewsPost post) {
        documents.save(COLLECTION, post.id(), post.version(), state(post), post.pendingEvents());
    }

    private static Criteria publishedIn(@Nullable String language) {
        Criteria published = Criteria.where("status").is(NewsPost.Status.PUBLISHED.name());
        return language == null ? published : published.and("languages").is(language);
    }

    private static Document state(NewsPost post) {
        NewsPost.State s = post.state();
        Document translations = new Document();
        s.translations()
                .forEach((language, t) -> translations.append(
                        language,
                        new Document("title", t.title())
                                .append("summary", t.summary())
                                .append("markdown", t.markdown())
                                .append("html", t.html())
                                .append("imageAlt", t.imageAlt())));
        NewsPost.Image image = s.image();
        return new Document("translations", translations)
                .append("languages", List.copyOf(s.translations().keySet()))
                .append(
                        "image",
                        image == null
                                ? null
                                : new Document("id", image.id())
                                        .append("contentType", image.contentType())
                                        .append("size", image.size()))
                .append("status", s.status().name())
                .append("createdBy", s.createdBy())
                .append("createdAt", Date.from(s.createdAt()))
                .append("updatedBy", s.updatedBy())
                .append("updatedAt", Date.from(s.updatedAt()))
                .append("publishedAt", s.publishedAt() == null ? null : Date.from(s.publishedAt()));
    }

    private static NewsPost toPost(Document d) {
        Map<String, NewsPost.Translation> translations = new LinkedHashMap<>();
        d.get("translations", Document.class).forEach((language, value) -> {
            Document t = (Document) value;
            translations.put(
                    language,
                    new NewsPost.Translation(
                            t.getString("title"),
                            t.getString("summary"),
                            t.getString("markdown"),
                            t.getString("html"),
                            t.getString("imageAlt")));
        });
        Document image = d.get("image", Document.class);
        Date publishedAt = d.getDate("publishedAt");
        return NewsPost.restore(new NewsPost.State(
                d.getString("_id"),
                translations,
                image == null
                        ? null
                        : new NewsPost.Image(
                                image.getString("id"),
                                image.getString("contentType"),
                                image.get("size", Number.class).longValue()),
                NewsPost.Status.valueOf(d.getString("status")),
                d.getString("createdBy"),
                d.getDate("createdAt").toInstant(),
                d.getString("updatedBy"),
                d.getDate("updatedAt").toInstant(),
                publishedAt == null ? null : publishedAt.toInstant(),
                AggregateDocuments.versionOf(d)));
    }
}
