package org.wsis.prize.nomination;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.account.AccountErased;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.contracts.prize.PrizeCategory;
import org.wsis.prize.audit.AuditSource;
import org.wsis.prize.audit.domain.Admin;
import org.wsis.prize.audit.domain.AdminAction;
import org.wsis.prize.audit.domain.AuditLine;
import org.wsis.prize.edition.Editions;
import org.wsis.prize.edition.domain.Edition;
import org.wsis.prize.edition.domain.Phase;
import org.wsis.prize.edition.domain.PrizeRuleViolation;
import org.wsis.prize.eligibility.EligibleEntries;
import org.wsis.prize.eligibility.domain.EligibleEntry;
import org.wsis.prize.nomination.domain.Nomination;
import org.wsis.prize.nomination.domain.NominationStatus;
import org.wsis.prize.nomination.mongo.NominationStore;
import org.wsis.servicekit.problem.Refusal;
import org.wsis.servicekit.security.Caller;

/**
 * Stakeholders nominate their published entries, moderators screen the nominations, admins shortlist
 * them; every rule of a nomination is checked here. The per-organisation rule holds under concurrent
 * nominations through the store's claims.
 */
@Service
public class Nominations implements AuditSource {

    private final NominationStore store;
    private final Editions editions;
    private final EligibleEntries entries;
    private final Clock clock;

    public Nominations(NominationStore store, Editions editions, EligibleEntries entries, Clock clock) {
        this.store = store;
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
        EligibleEntry entry = entries.find(entryId)
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
        if (store.exists(nominationId)) {
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
        if (!store.insert(nomination)) {
            throw new PrizeRuleViolation("already-nominated", "This entry is already nominated in this edition.");
        }
        return get(nomination.id());
    }

    private void claimEntity(int year, PrizeCategory category, String organisation, String nominationId) {
        String key = year + ":" + category.number() + ":" + organisation.strip().toLowerCase(Locale.ROOT);
        if (!store.claim(key, nominationId)) {
            throw new PrizeRuleViolation(
                    "entity-already-nominated",
                    organisation + " already has a nomination in category " + category.number()
                            + "; an organisation nominates one project per category.");
        }
    }

    private boolean wonBefore(String entryId, int year) {
        return store.wonBefore(entryId, year);
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
        NominationStore.Stored stored =
                store.findWithAudit(nominationId).orElseThrow(() -> Refusal.notFound("Nomination " + nominationId));
        Nomination nomination = stored.nomination();
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
        store.save(stored, nomination, shortlisted);
        return get(nominationId);
    }

    @Override
    public List<AuditLine> auditOf(int edition) {
        return store.auditOf(edition);
    }

    public void award(Nomination nomination, Nomination.Award award, long votes) {
        nomination.award(award, votes, clock.instant());
        save(nomination);
    }

    public Nomination get(String id) {
        return find(id).orElseThrow(() -> Refusal.notFound("Nomination " + id));
    }

    public Optional<Nomination> find(String id) {
        return store.find(id);
    }

    /** Nominations of an edition, optionally of one category and one status, by category then title. */
    public List<Nomination> list(int year, @Nullable Integer category, @Nullable NominationStatus status) {
        return store.list(year, category, status);
    }

    /** The caller's own nominations in an edition. */
    public List<Nomination> ownedBy(int year, String userId) {
        return store.ownedBy(year, userId);
    }

    /** Every nomination of the person, in every edition, for their export. */
    public List<Nomination> ownedBy(String userId) {
        return store.ownedBy(userId);
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
        store.save(nomination);
    }
}
