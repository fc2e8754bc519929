package org.wsis.prize.nomination.mongo;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.wsis.contracts.prize.PrizeCategory;
import org.wsis.prize.audit.domain.AuditLine;
import org.wsis.prize.audit.mongo.AuditDocuments;
import org.wsis.prize.nomination.domain.Nomination;
import org.wsis.prize.nomination.domain.NominationStatus;
import org.wsis.servicekit.mongo.RecipientDocuments;
import org.wsis.servicekit.outbox.AggregateDocuments;

/**
 * Nominations in {@value #COLLECTION}, saved with their pending events and the audit lines of the
 * admins who shortlisted them; and the organisations' claims in {@value #ENTITY_CLAIMS}, one document per
 * {@code <year>:<category>:<organisation>}, so that two simultaneous nominations by one organisation in
 * one category cannot both pass.
 */
@Repository
public class NominationStore {

    public static final String COLLECTION = "nominations";
    public static final String ENTITY_CLAIMS = "nomination_entity_claims";

    /** A nomination as stored, with the audit lines its document holds. */
    public record Stored(Nomination nomination, List<AuditLine> audit) {}

    private final MongoOperations mongo;
    private final AggregateDocuments documents;

    public NominationStore(MongoOperations mongo, AggregateDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
    }

    public boolean exists(String id) {
        return mongo.exists(Query.query(Criteria.where("_id").is(id)), COLLECTION);
    }

    /**
     * Claims the organisation's place in a category of an edition for the nomination; true when the place
     * is the nomination's (claimed now, or by the same nomination before), false when another holds it.
     */
    public boolean claim(String entityKey, String nominationId) {
        try {
            mongo.insert(new Document("_id", entityKey).append("nominationId", nominationId), ENTITY_CLAIMS);
            return true;
        } catch (DuplicateKeyException taken) {
            Document claim = mongo.findById(entityKey, Document.class, ENTITY_CLAIMS);
            return claim != null && nominationId.equals(claim.getString("nominationId"));
        }
    }

    /** Whether the entry won a Prize in an edition before the given year. */
    public boolean wonBefore(String entryId, int year) {
        return mongo.exists(
                Query.query(Criteria.where("entryId")
                        .is(entryId)
                        .and("edition")
                        .lt(year)
                        .and("award")
                        .is(Nomination.Award.WINNER.name())),
                COLLECTION);
    }

    /** Saves a new nomination; false when one with its id exists already. */
    public boolean insert(Nomination nomination) {
        try {
            documents.insert(COLLECTION, nomination.id(), state(nomination), nomination.pendingEvents());
            return true;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    /** Saves a loaded nomination at the version it was loaded with; its audit lines stay as they are. */
    public void save(Nomination nomination) {
        update(nomination, state(nomination));
    }

    /** Saves a loaded nomination with one more audit line, in the same write. */
    public void save(Stored before, Nomination nomination, AuditLine appended) {
        List<AuditLine> audit = new ArrayList<>(before.audit());
        audit.add(appended);
        update(
                nomination,
                state(nomination)
                        .append(
                                AuditDocuments.FIELD,
                                audit.stream().map(AuditDocuments::toDocument).toList()));
    }

    private void update(Nomination nomination, Document state) {
        Long version = nomination.state().version();
        documents.update(COLLECTION, nomination.id(), version == null ? 0 : version, state, nomination.pendingEvents());
    }

    public Optional<Nomination> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                .map(NominationStore::toNomination);
    }

    public Optional<Stored> findWithAudit(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                .map(d -> new Stored(toNomination(d), AuditDocuments.linesOf(d.getInteger("edition"), d)));
    }

    /** The audit lines of every nomination of an edition. */
    public List<AuditLine> auditOf(int edition) {
        Query query = Query.query(
                Criteria.where("edition").is(edition).and(AuditDocuments.FIELD).exists(true));
        query.fields().include(AuditDocuments.FIELD);
        List<AuditLine> lines = new ArrayList<>();
        mongo.find(query, Document.class, COLLECTION).forEach(d -> lines.addAll(AuditDocuments.linesOf(edition, d)));
        return lines;
    }

    /** Nominations of an edition, optionally of one category and one status, by category then title. */
    public List<Nomination> list(int year, @Nullable Integer category, @Nullable NominationStatus status) {
        Criteria criteria = Criteria.where("edition").is(year);
        if (category != null) {
            criteria = criteria.and("category").is(category);
        }
        if (status != null) {
            criteria = criteria.and("status").is(status.name());
        }
        return found(Query.query(criteria).with(Sort.by("category", "entryTitle")));
    }

    /** A person's nominations in an edition. */
    public List<Nomination> ownedBy(int year, String userId) {
        return found(Query.query(
                Criteria.where("edition").is(year).and("owner.userId").is(userId)));
    }

    /** Every nomination of a person, in every edition, by edition then category. */
    public List<Nomination> ownedBy(String userId) {
        return found(Query.query(Criteria.where("owner.userId").is(userId)).with(Sort.by("edition", "category")));
    }

    private List<Nomination> found(Query query) {
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(NominationStore::toNomination)
                .toList();
    }

    private static Document state(Nomination nomination) {
        Nomination.State s = nomination.state();
        return new Document("edition", s.edition())
                .append("category", s.category().number())
                .append("entryId", s.entryId())
                .append("entryTitle", s.entryTitle())
                .append("organisation", s.organisation())
                .append("owner", RecipientDocuments.toDocument(s.owner()))
                .append("status", s.status().name())
                .append("reasonCode", s.reasonCode())
                .append("message", s.message())
                .append("award", s.award() == null ? null : s.award().name())
                .append("createdAt", Date.from(s.createdAt()));
    }

    private static Nomination toNomination(Document d) {
        String award = d.getString("award");
        return Nomination.restore(new Nomination.State(
                d.getString("_id"),
                d.getInteger("edition"),
                PrizeCategory.byNumber(d.getInteger("category")).orElseThrow(),
                d.getString("entryId"),
                d.getString("entryTitle"),
                d.getString("organisation"),
                RecipientDocuments.fromDocument(d.get("owner", Document.class)),
                NominationStatus.valueOf(d.getString("status")),
                d.getString("reasonCode"),
                d.getString("message"),
                award == null ? null : Nomination.Award.valueOf(award),
                d.getDate("createdAt").toInstant(),
                AggregateDocuments.versionOf(d)));
    }
}
