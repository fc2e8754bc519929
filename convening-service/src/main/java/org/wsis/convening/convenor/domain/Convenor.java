package org.wsis.convening.convenor.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.convening.ConveningEvent;
import org.wsis.contracts.convening.ConveningItemEvent.ItemKind;
import org.wsis.contracts.convening.ConveningItemPublished;
import org.wsis.contracts.convening.ConveningItemSubmitted;
import org.wsis.contracts.convening.ConveningItemWithdrawn;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.convening.publication.domain.Decisions;
import org.wsis.convening.publication.domain.Publication;
import org.wsis.convening.publication.domain.PublicationRefused;
import org.wsis.convening.publication.domain.PublicationStatus;

/**
 * A convenor of the OpenWSIS initiative: an organisation that holds workshops, seminars and consultations,
 * managed by one or more people (a person may manage several convenors). Its profile is moderated before
 * it is public, by the same rules as the stocktaking entries. Managers invite others by e-mail; an
 * invitation is taken by the person signed in with that address.
 */
public final class Convenor {

    /** At most this many managers and open invitations together. */
    public static final int MAX_MANAGERS = 10;

    /** Everything stored about a convenor; replaced, never changed, by each move. */
    public record State(
            String id,
            List<Recipient> managers,
            List<String> invited,
            Publication<ConvenorDetails> publication,
            Recipient submittedBy,
            Instant createdAt,
            Instant updatedAt,
            @Nullable Long version) {

        public State {
            managers = List.copyOf(managers);
            invited = List.copyOf(invited);
        }
    }

    private State s;
    private final List<ConveningEvent> pendingEvents = new ArrayList<>();

    private Convenor(State s) {
        this.s = s;
    }

    /** A new draft profile, managed by the person who created it. */
    public static Convenor draft(String id, Recipient creator, ConvenorDetails details, Instant now) {
        return new Convenor(
                new State(id, List.of(creator), List.of(), Publication.draft(details), creator, now, now, null));
    }

    /** Rebuilds a stored convenor; no rule runs and no event is recorded. */
    public static Convenor restore(State state) {
        return new Convenor(state);
    }

    public State state() {
        return s;
    }

    public String id() {
        return s.id();
    }

    public @Nullable Long version() {
        return s.version();
    }

    public Instant updatedAt() {
        return s.updatedAt();
    }

    public Publication<ConvenorDetails> publication() {
        return s.publication();
    }

    public List<Recipient> managers() {
        return s.managers();
    }

    public boolean isManagedBy(String userId) {
        return s.managers().stream().anyMatch(m -> m.userId().equals(userId));
    }

    public boolean isPublic() {
        return s.publication().isPublic();
    }

    /** The name the public knows, or the working one while nothing is public. */
    public String name() {
        return s.publication().publicDetails().orElse(s.publication().working()).name();
    }

    public void edit(ConvenorDetails details, Instant now) {
        move(s.publication().edit(details), s.submittedBy(), now);
    }

    public void submit(Recipient by, Instant now) {
        move(s.publication().submit(), by, now);
        ConvenorDetails d = s.publication().working();
        pendingEvents.add(new ConveningItemSubmitted(
                UUID.randomUUID(),
                now,
                ItemKind.CONVENOR,
                s.id(),
                s.publication().revision(),
                d.name(),
                d.name(),
                List.of(),
                by,
                s.managers().stream().map(Recipient::userId).toList()));
    }

    public void withdraw(Recipient by, Instant now) {
        move(s.publication().withdraw(), by, now);
        pendingEvents.add(new ConveningItemWithdrawn(
                UUID.randomUUID(),
                now,
                ItemKind.CONVENOR,
                s.id(),
                s.publication().revision(),
                s.publication().working().name(),
                by));
    }

    /** Applies a moderator's decision; false, changing nothing, when it does not fit (see {@link Publication}). */
    public boolean apply(ModerationDecided decision, Instant now) {
        var decided = s.publication().decide(decision, now);
        if (decided.isEmpty()) {
            return false;
        }
        move(decided.get(), s.submittedBy(), now);
        if (decided.get().status() == PublicationStatus.PUBLISHED) {
            pendingEvents.add(new ConveningItemPublished(
                    UUID.randomUUID(),
                    now,
                    ItemKind.CONVENOR,
                    s.id(),
                    s.publication().revision(),
                    s.publication().working().name(),
                    s.publication().working().name(),
                    s.submittedBy()));
        } else {
            pendingEvents.add(Decisions.returned(
                    ItemKind.CONVENOR,
                    s.id(),
                    s.publication(),
                    s.publication().working().name(),
                    s.submittedBy(),
                    now));
        }
        return true;
    }

    /** A manager invites someone else, by e-mail address, to manage the convenor with them. */
    public void invite(String email, Instant now) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        if (s.managers().stream().anyMatch(m -> m.email().equalsIgnoreCase(address))) {
            throw new PublicationRefused("already-a-manager", "This person already manages the convenor.");
        }
        if (s.invited().contains(address)) {
            return;
        }
        if (s.managers().size() + s.invited().size() >= MAX_MANAGERS) {
            throw new PublicationRefused(
                    "too-many-managers", "A convenor has at most " + MAX_MANAGERS + " managers and invitations.");
        }
        List<String> invited = new ArrayList<>(s.invited());
        invited.add(address);
        s = new State(s.id(), s.managers(), invited, s.publication(), s.submittedBy(), s.createdAt(), now, s.version());
    }

    /**
     * The person signed in with an invited address takes the invitation and becomes a manager. Refused
     * when the address was not invited, or is not verified by the identity provider.
     */
    public void acceptInvitation(Recipient person, boolean emailVerified, Instant now) {
        String address = person.email().strip().toLowerCase(Locale.ROOT);
        if (!emailVerified || !s.invited().contains(address)) {
            throw new PublicationRefused(
                    "not-invited", "There is no invitation for your verified e-mail address on this convenor.");
        }
        List<String> invited = new ArrayList<>(s.invited());
        invited.remove(address);
        List<Recipient> managers = new ArrayList<>(s.managers());
        if (!isManagedBy(person.userId())) {
            managers.add(person);
        }
        s = new State(s.id(), managers, invited, s.publication(), s.submittedBy(), s.createdAt(), now, s.version());
    }

    /**
     * A manager erased their account. They leave the managers, and a contact address that was theirs is
     * removed (their personal data, not the convenor's). When nobody else manages the convenor it passes to
     * {@code receiver} if they chose a transfer; otherwise it is withdrawn (announced under {@code
     * anonymous}, so that no event names the erased person) and left to {@code anonymous}. Returns true
     * when it was withdrawn so: its issues follow it.
     */
    public boolean managerErased(String accountId, @Nullable Recipient receiver, Recipient anonymous, Instant now) {
        Recipient erased = s.managers().stream()
                .filter(m -> m.userId().equals(accountId))
                .findFirst()
                .orElse(s.submittedBy().userId().equals(accountId) ? s.submittedBy() : null);
        if (erased == null) {
            return false;
        }
        List<Recipient> managers = new ArrayList<>(s.managers());
        managers.removeIf(m -> m.userId().equals(accountId));
        List<String> invited = s.invited();
        boolean orphaned = managers.isEmpty() && receiver == null;
        if (managers.isEmpty()) {
            managers.add(receiver != null ? receiver : anonymous);
        }
        Recipient submitter = s.submittedBy().userId().equals(accountId) ? managers.getFirst() : s.submittedBy();
        Publication<ConvenorDetails> publication =
                s.publication().mapDetails(details -> details.withoutContact(erased.email()));
        boolean withdrawn = false;
        if (orphaned && publication.status() != PublicationStatus.WITHDRAWN) {
            publication = publication.withdraw();
            withdrawn = true;
            pendingEvents.add(new ConveningItemWithdrawn(
                    UUID.randomUUID(),
                    now,
                    ItemKind.CONVENOR,
                    s.id(),
                    publication.revision(),
                    publication.working().name(),
                    anonymous));
        }
        s = new State(s.id(), managers, invited, publication, submitter, s.createdAt(), now, s.version());
        return withdrawn;
    }

    /** Whether {@code email} has an invitation not yet taken. */
    public boolean isInvited(String email) {
        return s.invited().contains(email.strip().toLowerCase(Locale.ROOT));
    }

    /** A manager takes back an invitation; nothing changes when there was none for {@code email}. */
    public void revokeInvitation(String email, Instant now) {
        List<String> invited = new ArrayList<>(s.invited());
        if (invited.remove(email.strip().toLowerCase(Locale.ROOT))) {
            s = new State(
                    s.id(), s.managers(), invited, s.publication(), s.submittedBy(), s.createdAt(), now, s.version());
        }
    }

    /** The events caused since this convenor was loaded, in order. */
    public List<ConveningEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    public List<String> invited() {
        return s.invited();
    }

    public Instant createdAt() {
        return s.createdAt();
    }

    private void move(Publication<ConvenorDetails> next, Recipient by, Instant now) {
        s = new State(s.id(), s.managers(), s.invited(), next, by, s.createdAt(), now, s.version());
    }
}
