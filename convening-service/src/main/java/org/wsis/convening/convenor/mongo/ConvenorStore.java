package org.wsis.convening.convenor.mongo;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.wsis.contracts.reference.StakeholderType;
import org.wsis.convening.convenor.domain.Convenor;
import org.wsis.convening.convenor.domain.ConvenorDetails;
import org.wsis.convening.publication.mongo.ItemDocuments;
import org.wsis.convening.publication.mongo.PublicationDocuments;
import org.wsis.servicekit.mongo.Indexes;
import org.wsis.servicekit.mongo.RecipientDocuments;
import org.wsis.servicekit.outbox.AggregateDocuments;

/**
 * Convenors in the {@value #COLLECTION} collection. A save is one conditional update of one document at
 * the version it was loaded at, with the convenor's new events appended to its outbox.
 */
@Repository
public class ConvenorStore {

    public static final String COLLECTION = "convenors";

    private final MongoOperations mongo;
    private final AggregateDocuments documents;

    public ConvenorStore(MongoOperations mongo, AggregateDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
        // A person's convenors: "mine", and their erasure.
        Indexes.ascending(mongo, COLLECTION, "managerIds");
        // The invitations addressed to a person.
        Indexes.ascending(mongo, COLLECTION, "invited");
    }

    public Optional<Convenor> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                .map(ConvenorStore::toConvenor);
    }

    public List<Convenor> findAll(Collection<String> ids) {
        return mongo.find(new Query(Criteria.where("_id").in(ids)), Document.class, COLLECTION).stream()
                .map(ConvenorStore::toConvenor)
                .toList();
    }

    /** The convenors {@code userId} manages, oldest first. */
    public List<Convenor> managedBy(String userId) {
        return mongo
                .find(
                        new Query(Criteria.where("managerIds").is(userId)).with(Sort.by("createdAt", "_id")),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(ConvenorStore::toConvenor)
                .toList();
    }

    /** The convenors that invited {@code email} to manage them. */
    public List<Convenor> invitedAs(String email) {
        return mongo
                .find(
                        new Query(Criteria.where("invited").is(email.strip().toLowerCase(java.util.Locale.ROOT))),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(ConvenorStore::toConvenor)
                .toList();
    }

    /** Hands every convenor changed at or after {@code since} to {@code sink}, oldest change first. */
    public int forEachChangedSince(Instant since, Consumer<Convenor> sink) {
        return ItemDocuments.forEachChangedSince(mongo, COLLECTION, since, ConvenorStore::toConvenor, sink);
    }

    /** Declares the index {@link #forEachChangedSince} reads; a server may refuse it (the query still works). */
    public void declareChangeIndex() {
        Indexes.ascending(mongo, COLLECTION, "updatedAt");
    }

    /** Saves a new or loaded convenor; returns the stored version. */
    public long save(Convenor convenor) {
        return documents.save(COLLECTION, convenor.id(), convenor.version(), state(convenor), convenor.pendingEvents());
    }

    /** Inserts convenors brought in from elsewhere (demonstration data) as they are, with no events. */
    public void insertImported(Collection<Convenor> convenors) {
        ItemDocuments.insertImported(mongo, COLLECTION, convenors, Convenor::id, ConvenorStore::state);
    }

    public long count() {
        return mongo.getCollection(COLLECTION).estimatedDocumentCount();
    }

    private static Document state(Convenor c) {
        Convenor.State s = c.state();
        return new Document(
                        "managerIds", s.managers().stream().map(m -> m.userId()).toList())
                .append(
                        "managers",
                        s.managers().stream()
                                .map(RecipientDocuments::toDocument)
                                .toList())
                .append("invited", s.invited())
                .append("publication", PublicationDocuments.toDocument(s.publication(), ConvenorStore::details))
                .append("submittedBy", RecipientDocuments.toDocument(s.submittedBy()))
                .append("createdAt", Date.from(s.createdAt()))
                .append("updatedAt", Date.from(s.updatedAt()));
    }

    private static Document details(ConvenorDetails d) {
        return new Document("name", d.name())
                .append("stakeholderType", d.stakeholderType().name())
                .append("country", d.country())
                .append("website", d.website())
                .append("languages", d.languages())
                .append("description", d.description())
                .append(
                        "contact",
                        new Document("name", d.contact().name())
                                .append("email", d.contact().email())
                                .append("phone", d.contact().phone()));
    }

    private static ConvenorDetails details(Document d) {
        Document contact = d.get("contact", Document.class);
        return new ConvenorDetails(
                d.getString("name"),
                StakeholderType.valueOf(d.getString("stakeholderType")),
                d.getString("country"),
                d.getString("website"),
                d.getList("languages", String.class),
                d.getString("description"),
                new ConvenorDetails.Contact(
                        contact.getString("name"), contact.getString("email"), contact.getString("phone")));
    }

    private static Convenor toConvenor(Document d) {
        return Convenor.restore(new Convenor.State(
                d.getString("_id"),
                d.getList("managers", Document.class).stream()
                        .map(RecipientDocuments::fromDocument)
                        .toList(),
                d.getList("invited", String.class),
                PublicationDocuments.fromDocument(d.get("publication", Document.class), ConvenorStore::details),
                RecipientDocuments.fromDocument(d.get("submittedBy", Document.class)),
                d.getDate("createdAt").toInstant(),
                d.getDate("updatedAt").toInstant(),
                AggregateDocuments.versionOf(d)));
    }
}
