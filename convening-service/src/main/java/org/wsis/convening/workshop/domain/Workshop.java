package org.wsis.convening.workshop.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.convening.ConveningEvent;
import org.wsis.contracts.convening.ConveningItemEvent.ItemKind;
import org.wsis.contracts.convening.ConveningItemPublished;
import org.wsis.contracts.convening.ConveningItemSubmitted;
import org.wsis.contracts.convening.ConveningItemWithdrawn;
import org.wsis.contracts.convening.WorkshopInvitationAnswered;
import org.wsis.contracts.convening.WorkshopInvited;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.contracts.reference.StakeholderType;
import org.wsis.convening.publication.domain.Decisions;
import org.wsis.convening.publication.domain.Publication;
import org.wsis.convening.publication.domain.PublicationRefused;
import org.wsis.convening.publication.domain.PublicationStatus;
import org.wsis.convening.venue.domain.MultiStakeholderRule;

/**
 * A thematic workshop a convenor proposes for a venue's programme, inviting the convenors of similar issues
 * to hold it together. It is multi-stakeholder by rule: it can be submitted (to the programme's admins,
 * through the moderation queue) only once enough invited convenors of enough stakeholder types accepted
 * ({@link MultiStakeholderRule}, per venue). An approved workshop is in the venue's programme; its
 * convenors are the proposer and every invited convenor who accepted.
 */
public final class Workshop {

    /** Everything stored about a workshop; replaced, never changed, by each move. */
    public record State(
            String id,
            String venueId,
            String venue,
            String convenorId,
            String convenor,
            StakeholderType convenorType,
            Recipient owner,
            List<Invitation> invitations,
            Publication<WorkshopDetails> publication,
            @Nullable String mergedInto,
            Instant createdAt,
            Instant updatedAt,
            @Nullable Long version) {

        public State {
            invitations = List.copyOf(invitations);
        }

        /** The same workshop with what a move changes: its proposer, invitations, publication, merge. */
        State changed(
                Recipient owner,
                List<Invitation> invitations,
                Publication<WorkshopDetails> publication,
                @Nullable String mergedInto,
                Instant now) {
            return new State(
                    id,
                    venueId,
                    venue,
                    convenorId,
                    convenor,
                    convenorType,
                    owner,
                    invitations,
                    publication,
                    mergedInto,
                    createdAt,
                    now,
                    version);
        }
    }

    private State s;
    private final List<ConveningEvent> pendingEvents = new ArrayList<>();

    private Workshop(State s) {
        this.s = s;
    }

    /** A new draft, its invitations written to the invited convenors' managers. */
    public static Workshop propose(
            String id,
            String venueId,
            String venue,
            ConvenorRef proposer,
            Recipient owner,
            WorkshopDetails details,
            List<ConvenorRef> invited,
            Instant now) {
        Workshop workshop = new Workshop(new State(
                id,
                venueId,
                venue,
                proposer.id(),
                proposer.name(),
                proposer.stakeholderType(),
                owner,
                List.of(),
                Publication.draft(details),
                null,
                now,
                now,
                null));
        workshop.invite(invited, now);
        return workshop;
    }

    public static Workshop restore(State state) {
        return new Workshop(state);
    }

    public State state() {
        return s;
    }

    public String id() {
        return s.id();
    }

    public String venueId() {
        return s.venueId();
    }

    public @Nullable Long version() {
        return s.version();
    }

    public Publication<WorkshopDetails> publication() {
        return s.publication();
    }

    public List<Invitation> invitations() {
        return s.invitations();
    }

    /** The details the public sees once approved, else the working ones. */
    public WorkshopDetails details() {
        return s.publication().publicDetails().orElse(s.publication().working());
    }

    /** Approved by the programme's admins and not withdrawn: it belongs in the venue's programme. */
    public boolean isAccepted() {
        return s.publication().isPublic();
    }

    /** The proposing convenor, then every invited convenor who accepted: the convenors holding it. */
    public List<String> convenorIds() {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(s.convenorId());
        s.invitations().stream()
                .filter(Invitation::accepted)
                .map(Invitation::convenorId)
                .forEach(ids::add);
        return List.copyOf(ids);
    }

    /** The proposing convenor and every invited one, whatever its answer (an invitation taken back aside). */
    public List<String> involvedConvenorIds() {
        List<String> ids = new ArrayList<>();
        ids.add(s.convenorId());
        s.invitations().stream()
                .filter(i -> i.answer() != Invitation.Answer.REVOKED)
                .forEach(i -> ids.add(i.convenorId()));
        return List.copyOf(ids);
    }

    public boolean ruleMet(MultiStakeholderRule rule) {
        return rule.metBy(s.invitations().stream()
                .filter(Invitation::accepted)
                .map(Invitation::stakeholderType)
                .toList());
    }

    public void edit(WorkshopDetails details, Instant now) {
        open();
        move(s.publication().edit(details), s.invitations(), now);
    }

    /**
     * Invites more convenors; a convenor already invited, or the proposer itself, is not invited again. Its
     * managers are written to once per workshop: an invitation taken back and sent again waits again
     * without a second mail.
     */
    public void invite(List<ConvenorRef> convenors, Instant now) {
        open();
        List<Invitation> invitations = new ArrayList<>(s.invitations());
        for (ConvenorRef convenor : convenors) {
            if (convenor.id().equals(s.convenorId())) {
                continue;
            }
            var existing = invitations.stream()
                    .filter(i -> i.convenorId().equals(convenor.id()))
                    .findFirst();
            if (existing.isPresent()) {
                if (existing.get().answer() == Invitation.Answer.REVOKED) {
                    invitations.set(
                            invitations.indexOf(existing.get()),
                            existing.get().withAnswer(Invitation.Answer.WAITING, now));
                }
                continue;
            }
            invitations.add(new Invitation(
                    convenor.id(), convenor.name(), convenor.stakeholderType(), Invitation.Answer.WAITING, now, null));
            pendingEvents.add(new WorkshopInvited(
                    UUID.randomUUID(),
                    now,
                    s.id(),
                    s.publication().working().title(),
                    s.publication().working().theme(),
                    s.venue(),
                    s.convenorId(),
                    s.convenor(),
                    convenor.id(),
                    convenor.name(),
                    convenor.managers()));
        }
        move(s.publication(), invitations, now);
    }

    /** Takes back an invitation not answered yet. */
    public void revoke(String convenorId, Instant now) {
        Invitation invitation = invitation(convenorId);
        if (invitation.answer() != Invitation.Answer.WAITING) {
            throw new PublicationRefused(
                    "invitation-answered", "This convenor already answered; its answer stays with the workshop.");
        }
        move(
                s.publication(),
                s.invitations().stream()
                        .map(i -> i.convenorId().equals(convenorId) ? i.withAnswer(Invitation.Answer.REVOKED, now) : i)
                        .toList(),
                now);
    }

    /** The invited convenor accepts or declines, once; the proposer's managers hear of it. */
    public void answer(
            String convenorId,
            boolean accepts,
            MultiStakeholderRule rule,
            List<Recipient> proposerManagers,
            Instant now) {
        open();
        Invitation invitation = invitation(convenorId);
        if (invitation.answer() == Invitation.Answer.REVOKED) {
            throw new PublicationRefused("not-invited", "This invitation was taken back.");
        }
        if (invitation.answer() != Invitation.Answer.WAITING) {
            throw new PublicationRefused("invitation-answered", "This invitation was already answered.");
        }
        move(
                s.publication(),
                s.invitations().stream()
                        .map(i -> i.convenorId().equals(convenorId) ? i.answered(accepts, now) : i)
                        .toList(),
                now);
        pendingEvents.add(new WorkshopInvitationAnswered(
                UUID.randomUUID(),
                now,
                s.id(),
                s.publication().working().title(),
                convenorId,
                invitation.convenor(),
                accepts,
                (int) s.invitations().stream().filter(Invitation::accepted).count(),
                ruleMet(rule),
                proposerManagers));
    }

    /** Sent to the programme's admins, once the multi-stakeholder rule is met. */
    public void submit(MultiStakeholderRule rule, Recipient by, List<String> managerIds, Instant now) {
        if (!ruleMet(rule)) {
            throw new PublicationRefused(
                    "not-multi-stakeholder",
                    "A workshop is submitted once at least " + rule.minConvenors() + " invited convenors of at least "
                            + rule.minStakeholderTypes() + " stakeholder types have accepted.");
        }
        move(s.publication().submit(), s.invitations(), now);
        pendingEvents.add(new ConveningItemSubmitted(
                UUID.randomUUID(),
                now,
                ItemKind.WORKSHOP,
                s.id(),
                s.publication().revision(),
                s.publication().working().title(),
                s.convenor(),
                List.of(),
                by,
                managerIds));
    }

    public void withdraw(Recipient by, Instant now) {
        move(s.publication().withdraw(), s.invitations(), now);
        pendingEvents.add(new ConveningItemWithdrawn(
                UUID.randomUUID(),
                now,
                ItemKind.WORKSHOP,
                s.id(),
                s.publication().revision(),
                s.publication().working().title(),
                by));
    }

    /** Applies an admin's decision; false, changing nothing, when it does not fit (see {@link Publication}). */
    public boolean apply(ModerationDecided decision, Instant now) {
        var decided = s.publication().decide(decision, now);
        if (decided.isEmpty()) {
            return false;
        }
        move(decided.get(), s.invitations(), now);
        WorkshopDetails d = s.publication().working();
        if (decided.get().status() == PublicationStatus.PUBLISHED) {
            pendingEvents.add(new ConveningItemPublished(
                    UUID.randomUUID(),
                    now,
                    ItemKind.WORKSHOP,
                    s.id(),
                    s.publication().revision(),
                    d.title(),
                    s.convenor(),
                    s.owner()));
        } else {
            pendingEvents.add(
                    Decisions.returned(ItemKind.WORKSHOP, s.id(), s.publication(), d.title(), s.owner(), now));
        }
        return true;
    }

    /**
     * An admin merges {@code other} (a proposal on the same theme at the same venue) into this one: its
     * proposer and the convenors who accepted it hold this workshop too, and it is withdrawn.
     */
    public void absorb(Workshop other, Recipient by, Instant now) {
        if (other.id().equals(s.id()) || !other.venueId().equals(s.venueId())) {
            throw new PublicationRefused("not-mergeable", "Only two proposals for the same venue can be merged.");
        }
        open();
        other.open();
        List<Invitation> invitations = new ArrayList<>(s.invitations());
        List<Invitation> joining = new ArrayList<>(
                other.invitations().stream().filter(Invitation::accepted).toList());
        joining.addFirst(new Invitation(
                other.s.convenorId(),
                other.s.convenor(),
                other.s.convenorType(),
                Invitation.Answer.ACCEPTED,
                other.s.createdAt(),
                now));
        for (Invitation invitation : joining) {
            if (invitation.convenorId().equals(s.convenorId())) {
                continue;
            }
            invitations.removeIf(i -> i.convenorId().equals(invitation.convenorId()) && !i.accepted());
            if (invitations.stream().noneMatch(i -> i.convenorId().equals(invitation.convenorId()))) {
                invitations.add(invitation);
            }
        }
        move(s.publication(), invitations, now);
        other.withdraw(by, now);
        other.s = other.s.changed(other.s.owner(), other.s.invitations(), other.s.publication(), s.id(), now);
    }

    /**
     * Its proposer erased their account: the workshop stays (it is its convenors'), proposed by
     * {@code pseudonym}. Returns false for anyone else's.
     */
    public boolean ownerErased(String accountId, Recipient pseudonym, Instant now) {
        if (!s.owner().userId().equals(accountId)) {
            return false;
        }
        s = s.changed(pseudonym, s.invitations(), s.publication(), s.mergedInto(), now);
        return true;
    }

    /** The events caused since this one was loaded, in order. */
    public List<ConveningEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    private void open() {
        if (s.mergedInto() != null || s.publication().status() == PublicationStatus.WITHDRAWN) {
            throw new PublicationRefused("withdrawn", "This workshop was withdrawn or merged into another.");
        }
    }

    private Invitation invitation(String convenorId) {
        return s.invitations().stream()
                .filter(i -> i.convenorId().equals(convenorId))
                .findFirst()
                .orElseThrow(() -> new PublicationRefused("not-invited", "This convenor is not invited."));
    }

    private void move(Publication<WorkshopDetails> next, List<Invitation> invitations, Instant now) {
        s = s.changed(s.owner(), invitations, next, s.mergedInto(), now);
    }
}
