package org.wsis.community.repository.mongo;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.wsis.community.forum.domain.About;
import org.wsis.community.repository.domain.Document.Kind;
import org.wsis.community.repository.domain.Document.State;
import org.wsis.community.repository.domain.Document.Status;
import org.wsis.community.repository.domain.Document.StoredFile;
import org.wsis.servicekit.mongo.Indexes;
import org.wsis.servicekit.mongo.RecipientDocuments;
import org.wsis.servicekit.outbox.AggregateDocuments;

/**
 * The repository's documents in {@value #COLLECTION}, saved with their events like every aggregate. Each keeps,
 * beside its text, the words it is found by ({@code words}: its title, description and text in lower case).
 */
@Repository
public class DocumentStore {

    public static final String COLLECTION = "documents";

    private final MongoOperations mongo;
    private final AggregateDocuments documents;

    public DocumentStore(MongoOperations mongo, AggregateDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
        // The public list, newest first (read backwards), by kind or by what they are about; a person's.
        Indexes.ascending(mongo, COLLECTION, "status", "publishedAt", "_id");
        Indexes.ascending(mongo, COLLECTION, "status", "aboutKey", "publishedAt");
        Indexes.ascending(mongo, COLLECTION, "uploaderId", "createdAt");
    }

    public Optional<org.wsis.community.repository.domain.Document> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                .map(DocumentStore::toDocument);
    }

    /**
     * A page of the public documents, newest first: every word of {@code words} in its title, description or
     * text; of a kind; about a thing ({@code ENTRY:<id>}).
     */
    public List<org.wsis.community.repository.domain.Document> published(
            List<String> words, @Nullable Kind kind, @Nullable String aboutKey, int page, int size) {
        Query query = new Query(published(words, kind, aboutKey))
                .with(Sort.by(Sort.Direction.DESC, "publishedAt", "_id"))
                .skip((long) page * size)
                .limit(size);
        // A list shows what a document is, never its text: a page of them stays small.
        query.fields().exclude("text").exclude("words");
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(DocumentStore::toDocument)
                .toList();
    }

    public long countPublished(List<String> words, @Nullable Kind kind, @Nullable String aboutKey) {
        return mongo.count(new Query(published(words, kind, aboutKey)), COLLECTION);
    }

    /** The latest public logo about a thing ({@code ENTRY:<id>}) shared by {@code uploaderId}. */
    public Optional<org.wsis.community.repository.domain.Document> latestLogo(String aboutKey, String uploaderId) {
        Query query = new Query(Criteria.where("status")
                        .is(Status.PUBLISHED.name())
                        .and("kind")
                        .is(Kind.LOGO.name())
                        .and("aboutKey")
                        .is(aboutKey)
                        .and("uploaderId")
                        .is(uploaderId))
                .with(Sort.by(Sort.Direction.DESC, "publishedAt", "_id"))
                .limit(1);
        query.fields().exclude("text").exclude("words");
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(DocumentStore::toDocument)
                .findFirst();
    }

    /** How many documents the account described since {@code since}. */
    public long countDescribedSince(String userId, java.time.Instant since) {
        return mongo.count(
                new Query(
                        Criteria.where("uploaderId").is(userId).and("createdAt").gte(Date.from(since))),
                COLLECTION);
    }

    public List<org.wsis.community.repository.domain.Document> uploadedBy(String userId) {
        return mongo
                .find(
                        new Query(Criteria.where("uploaderId").is(userId))
                                .with(Sort.by(Sort.Direction.DESC, "createdAt")),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(DocumentStore::toDocument)
                .toList();
    }

    /**
     * Saves a new or loaded document with its events; a stale version fails with an optimistic-locking error.
     */
    public void save(org.wsis.community.repository.domain.Document document) {
        documents.save(COLLECTION, document.id(), document.version(), state(document), document.pendingEvents());
    }

    private static Criteria published(List<String> words, @Nullable Kind kind, @Nullable String aboutKey) {
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("status").is(Status.PUBLISHED.name()));
        if (kind != null) {
            all.add(Criteria.where("kind").is(kind.name()));
        }
        if (aboutKey != null) {
            all.add(Criteria.where("aboutKey").is(aboutKey));
        }
        for (String word : words) {
            // Each word as typed, never as a pattern.
            all.add(Criteria.where("words").regex(Pattern.quote(word.toLowerCase(Locale.ROOT))));
        }
        return new Criteria().andOperator(all.toArray(Criteria[]::new));
    }

    private static Document state(org.wsis.community.repository.domain.Document document) {
        State s = document.state();
        StoredFile file = s.file();
        About about = s.about();
        return new Document("uploaderId", s.uploader().userId())
                .append("uploader", RecipientDocuments.toDocument(s.uploader()))
                .append("title", s.title())
                .append("description", s.description())
                .append("kind", s.kind().name())
                .append(
                        "about",
                        about == null
                                ? null
                                : new Document("kind", about.kind().name())
                                        .append("id", about.id())
                                        .append("title", about.title()))
                .append("aboutKey", about == null ? null : about.key())
                .append(
                        "file",
                        file == null
                                ? null
                                : new Document("id", file.id())
                                        .append("contentType", file.contentType())
                                        .append("size", file.size())
                                        .append("name", file.name()))
                .append("text", s.text())
                .append("words", (s.title() + "\n" + s.description() + "\n" + s.text()).toLowerCase(Locale.ROOT))
                .append("status", s.status().name())
                .append("revision", s.revision())
                .append("reasonCode", s.reasonCode())
                .append("messageFromModerator", s.messageFromModerator())
                .append("createdAt", Date.from(s.createdAt()))
                .append("updatedAt", Date.from(s.updatedAt()))
                .append("publishedAt", s.publishedAt() == null ? null : Date.from(s.publishedAt()));
    }

    private static org.wsis.community.repository.domain.Document toDocument(Document d) {
        Document file = d.get("file", Document.class);
        Document about = d.get("about", Document.class);
        Date publishedAt = d.getDate("publishedAt");
        return org.wsis.community.repository.domain.Document.restore(new State(
                d.getString("_id"),
                RecipientDocuments.fromDocument(d.get("uploader", Document.class)),
                d.getString("title"),
                d.getString("description"),
                Kind.valueOf(d.getString("kind")),
                about == null
                        ? null
                        : new About(
                                About.Kind.valueOf(about.getString("kind")),
                                about.getString("id"),
                                about.getString("title")),
                file == null
                        ? null
                        : new StoredFile(
                                file.getString("id"),
                                file.getString("contentType"),
                                file.get("size", Number.class).longValue(),
                                file.getString("name")),
                d.get("text") == null ? "" : d.getString("text"),
                Status.valueOf(d.getString("status")),
                d.getInteger("revision"),
                d.getString("reasonCode"),
                d.getString("messageFromModerator"),
                d.getDate("createdAt").toInstant(),
                d.getDate("updatedAt").toInstant(),
                publishedAt == null ? null : publishedAt.toInstant(),
                AggregateDocuments.versionOf(d)));
    }
}
