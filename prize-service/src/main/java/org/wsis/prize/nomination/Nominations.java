package org.wsis.prize.nomination;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.account.AccountErased;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.contracts.prize.PrizeCategory;
import org.wsis.prize.audit.AuditDocuments;
import org.wsis.prize.audit.AuditSource;
import org.wsis.prize.audit.domain.Admin;
import org.wsis.prize.audit.domain.AdminAction;
import org.wsis.prize.audit.domain.AuditLine;
import org.wsis.prize.edition.Editions;
import org.wsis.prize.edition.domain.Edition;
import org.wsis.prize.edition.domain.Phase;
import org.wsis.prize.edition.domain.PrizeRuleViolation;
import org.wsis.prize.eligibility.EligibleEntries;
import org.wsis.prize.nomination.domain.Nomination;
import org.wsis.prize.nomination.domain.NominationStatus;
import org.wsis.servicekit.mongo.RecipientDocuments;
import org.wsis.servicekit.outbox.AggregateDocuments;
import org.wsis.servicekit.problem.Refusal;
import org.wsis.servicekit.security.Caller;

/**
 * Nominations in {@value #COLLECTION}, saved with their events. The per-entity rule is enforced by a
 * claim document in {@value #ENTITY_CLAIMS} ({@code <year>:<category>:<organisation>}), so two
 * simultaneous nominations by one organisation cannot both pass.
 */
@Service
public class Nominations implements AuditSource {

    public static final String COLLECTION = "nominations";
    public static final String ENTITY_CLAIMS = "nomination_entity_claims";

    private final MongoOperations mongo;
    private final AggregateDocuments documents;
    private final Editions editions;
    private final EligibleEntries entries;
    private final Clock clock;

    public Nominations(
            MongoOperations mongo,
            AggregateDocuments documents,
            Editions editions,
            EligibleEntries entries,
            Clock clock) {
        this.mongo = mongo;
        this.documents = documents;
        this.editions = editions;
        this.entries = entries;
        this.clock = clock;
    }

    /** The owner of a published entry nominates it in one category; every rule is checked here. */
    public Nomination nominate(int year, String entryId, int categoryNumber, Caller caller) {
        Edition edition = editions.get(year);
        edition.requirePhase(Phase.SUBMISSION, "Nominations are accepted");
        PrizeCategory category = PrizeCategory.byNumber(categoryNumber)
                .orElseThrow(() -> new PrizeRuleViolation("unknown-category", "There are 18 categories, 1 to 18."));
        EligibleEntries.EligibleEntry entry = entries.find(entryId)
                .orElseThrow(() -> new PrizeRuleViolation(
                        "entry-not-published", "Only a published stocktaking entry can be nominated."));
        if (!entry.ownerId().equals(caller.userId())) {
            throw Refusal.notPermitted("Only the owner of an entry may nominate it.");
        }
        if (!entry.actionLines().contains(category.actionLine())) {
            throw new PrizeRuleViolation(
                    "category-not-in-action-lines",
                    "Category " + category.number() + " belongs to action line " + category.actionLine()
                            + ", which this entry does not advance.");
        }
        if (edition.rules().previousWinnersIneligible() && wonBefore(entryId, year)) {
            throw new PrizeRuleViolation(
                    "previous-winner",
                    "This project won the WSIS Prizes before; previous winners cannot compete again.");
        }
        String nominationId = Nomination.idFor(year, entryId);
        if (mongo.exists(Query.query(Criteria.where("_id").is(nominationId)), COLLECTION)) {
            throw new PrizeRuleViolation(
                    "already-nominated",
                    "This entry is already nominated in this edition; an entry competes in one category.");
        }
        if (edition.rules().oneNominationPerEntityPerCategory()) {
            claimEntity(year, category, entry.organisation(), nominationId);
        }
        Nomination nomination = Nomination.submit(
                year,
                category,
                entryId,
                entry.title(),
                entry.organisation(),
                new Recipient(caller.userId(), caller.email(), caller.displayName(), caller.locale()),
                clock.instant());
        try {
            documents.insert(COLLECTION, nomination.id(), state(nomination), nomination.pendingEvents());
        } catch (DuplicateKeyException raced) {
            throw new PrizeRuleViolation("already-nominated", "This entry is already nominated in this edition.");
        }
        return get(nomination.id());
    }

    private void claimEntity(int year, PrizeCategory category, String organisation, String nominationId) {
        String key = year + ":" + category.number() + ":" + organisation.strip().toLowerCase(Locale.ROOT);
        try {
            mongo.insert(new Document("_id", key).append("nominationId", nominationId), ENTITY_CLAIMS);
        } catch (DuplicateKeyException taken) {
            Document claim = mongo.findById(key, Document.class, ENTITY_CLAIMS);
            if (claim == null || !nominationId.equals(claim.getString("nominationId"))) {
                throw new PrizeRuleViolation(
                        "entity-already-nominated",
                        organisation + " already has a nomination in category " + category.number()
                                + "; an organisation nominates one project per category.");
            }
        }
    }

    private boolean wonBefore(String entryId, int year) {
        return mongo.exists(
                Query.query(Criteria.where("entryId")
                        .is(entryId)
                        .and("edition")
                        .lt(year)
                        .and("award")
                        .is(Nomination.Award.WINNER.name())),
                COLLECTION);
    }

    /** Moderators screened the nomination; a decision about something else, or a second copy, changes nothing. */
    public void on(ModerationDecided decision) {
        if (decision.subjectType() != ModerationDecided.SubjectType.NOMINATION) {
            return;
        }
        find(decision.subjectId()).ifPresent(nomination -> {
            if (nomination.screen(decision, clock.instant())) {
                save(nomination);
            }
        });
    }

    /** An admin shortlists an eligible nomination; the change and its audit line are one write. */
    public Nomination shortlist(String nominationId, Admin by) {
        Document stored = mongo.findById(nominationId, Document.class, COLLECTION);
        if (stored == null) {
            throw Refusal.notFound("Nomination " + nominationId);
        }
        Nomination nomination = toNomination(stored);
        editions.get(nomination.state().edition()).requirePhase(Phase.EXPERT_REVIEW, "Shortlisting happens");
        nomination.shortlist(clock.instant());
        AuditLine shortlisted = AuditLine.of(
                nomination.state().edition(),
                AdminAction.NOMINEE_SHORTLISTED,
                by,
                clock.instant(),
                nominationId,
                Map.of(
                        "category", String.valueOf(nomination.state().category().number()),
                        "entryTitle", nomination.state().entryTitle(),
                        "organisation", nomination.state().organisation()));
        save(nomination, AuditDocuments.appended(stored, shortlisted));
        return get(nominationId);
    }

    @Override
    public List<AuditLine> auditOf(int edition) {
        Query query = Query.query(
                Criteria.where("edition").is(edition).and(AuditDocuments.FIELD).exists(true));
        query.fields().include(AuditDocuments.FIELD);
        List<AuditLine> lines = new java.util.ArrayList<>();
        mongo.find(query, Document.class, COLLECTION).forEach(d -> lines.addAll(AuditDocuments.linesOf(edition, d)));
        return lines;
    }

    public void award(Nomination nomination, Nomination.Award award, long votes) {
        nomination.award(award, votes, clock.instant());
        save(nomination);
    }

    public Nomination get(String id) {
        return find(id).orElseThrow(() -> Refusal.notFound("Nomination " + id));
    }

    public Optional<Nomination> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                .map(Nominations::toNomination);
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
        return mongo
                .find(Query.query(criteria).with(Sort.by("category", "entryTitle")), Document.class, COLLECTION)
                .stream()
                .map(Nominations::toNomination)
                .toList();
    }

    /** The caller's own nominations in an edition. */
    public List<Nomination> ownedBy(int year, String userId) {
        return mongo
                .find(
                        Query.query(Criteria.where("edition")
                                .is(year)
                                .and("owner.userId")
                                .is(userId)),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(Nominations::toNomination)
                .toList();
    }

    /** Every nomination of the person, in every edition, for their export. */
    public List<Nomination> ownedBy(String userId) {
        return mongo
                .find(
                        Query.query(Criteria.where("owner.userId").is(userId)).with(Sort.by("edition", "category")),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(Nominations::toNomination)
                .toList();
    }

    /**
     * The owner erased their account: each of their nominations passes to the person who received their
     * entries, or is withdrawn and left to their pseudonym (see {@link Nomination#ownerErased}). Found by
     * the owner, so a second delivery finds nothing left to change.
     */
    public void ownerErased(AccountErased event, Recipient anonymous) {
        for (Nomination nomination : ownedBy(event.accountId())) {
            if (nomination.ownerErased(event.accountId(), event.entries(), event.transferTo(), anonymous)) {
                save(nomination);
            }
        }
    }

    private void save(Nomination nomination) {
        save(nomination, null);
    }

    /** Saves the nomination at the version it was loaded at, with its whole audit array when it gains a line. */
    private void save(Nomination nomination, @Nullable List<Document> audit) {
        Long version = nomination.state().version();
        Document state = state(nomination);
        if (audit != null) {
            state.append(AuditDocuments.FIELD, audit);
        }
        documents.update(COLLECTION, nomination.id(), version == null ? 0 : version, state, nomination.pendingEvents());
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
                instant(d.getDate("createdAt")),
                AggregateDocuments.versionOf(d)));
    }

    private static Instant instant(Date date) {
        return date.toInstant();
    }
}
