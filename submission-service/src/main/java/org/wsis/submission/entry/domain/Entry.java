package org.wsis.submission.entry.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.account.AccountErased.EntriesChoice;
import org.wsis.contracts.entry.EntryEvent;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.contracts.entry.EntryRejected;
import org.wsis.contracts.entry.EntryReturnedForChanges;
import org.wsis.contracts.entry.EntrySubmitted;
import org.wsis.contracts.entry.EntryWithdrawn;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.contracts.moderation.ModerationDecided.ItemKind;

/**
 * A stocktaking entry. Every status change goes through an intent-named method that refuses illegal
 * moves and records the event it causes; the events leave with the next save (outbox).
 *
 * <p>{@code revision} counts submissions. A moderation decision names the revision it reviewed and is
 * applied only to that revision while it waits for moderation, which makes applying a decision
 * idempotent and immune to stale or reordered decisions.
 */
public final class Entry {

    /**
     * Everything stored about an entry; replaced, never changed, by each move. {@code details} is the
     * working revision (what the owner edits and submits), {@code published} the revision the public sees
     * ({@code publishedRevision}), {@code revision} counts submissions.
     */
    public record State(
            String id,
            Recipient owner,
            EntryDetails details,
            @Nullable EntryDetails published,
            int publishedRevision,
            EntryStatus status,
            int revision,
            @Nullable String messageFromModerator,
            Instant createdAt,
            Instant updatedAt,
            @Nullable Instant publishedAt,
            boolean hidden,
            @Nullable Long version) {

        /** The same entry, owned by {@code owner}. */
        State withOwner(Recipient owner) {
            return new State(
                    id,
                    owner,
                    details,
                    published,
                    publishedRevision,
                    status,
                    revision,
                    messageFromModerator,
                    createdAt,
                    updatedAt,
                    publishedAt,
                    hidden,
                    version);
        }

        /** The same entry with these details in its working revision. */
        State withDetails(EntryDetails details) {
            return new State(
                    id,
                    owner,
                    details,
                    published,
                    publishedRevision,
                    status,
                    revision,
                    messageFromModerator,
                    createdAt,
                    updatedAt,
                    publishedAt,
                    hidden,
                    version);
        }

        /** The same entry with this public revision. */
        State withPublished(@Nullable EntryDetails published, int publishedRevision, @Nullable Instant publishedAt) {
            return new State(
                    id,
                    owner,
                    details,
                    published,
                    publishedRevision,
                    status,
                    revision,
                    messageFromModerator,
                    createdAt,
                    updatedAt,
                    publishedAt,
                    hidden,
                    version);
        }

        /** The same entry in {@code status}, with this message from moderation (or none). */
        State withStatus(EntryStatus status, @Nullable String messageFromModerator) {
            return new State(
                    id,
                    owner,
                    details,
                    published,
                    publishedRevision,
                    status,
                    revision,
                    messageFromModerator,
                    createdAt,
                    updatedAt,
                    publishedAt,
                    hidden,
                    version);
        }

        /** The same entry at this revision. */
        State withRevision(int revision) {
            return new State(
                    id,
                    owner,
                    details,
                    published,
                    publishedRevision,
                    status,
                    revision,
                    messageFromModerator,
                    createdAt,
                    updatedAt,
                    publishedAt,
                    hidden,
                    version);
        }

        /** The same entry, hidden or not while a moderator reviews flags. */
        State withHidden(boolean hidden) {
            return new State(
                    id,
                    owner,
                    details,
                    published,
                    publishedRevision,
                    status,
                    revision,
                    messageFromModerator,
                    createdAt,
                    updatedAt,
                    publishedAt,
                    hidden,
                    version);
        }

        /** The same entry, changed at {@code updatedAt}. */
        State changedAt(Instant updatedAt) {
            return new State(
                    id,
                    owner,
                    details,
                    published,
                    publishedRevision,
                    status,
                    revision,
                    messageFromModerator,
                    createdAt,
                    updatedAt,
                    publishedAt,
                    hidden,
                    version);
        }
    }

    private State s;
    private final List<EntryEvent> pendingEvents = new ArrayList<>();

    private Entry(State s) {
        this.s = s;
    }

    /** A new draft, private to its owner. */
    public static Entry draft(String id, Recipient owner, EntryDetails details, Instant now) {
        return new Entry(
                new State(id, owner, details, null, 0, EntryStatus.DRAFT, 0, null, now, now, null, false, null));
    }

    /** Rebuilds a stored entry; no rule runs and no event is recorded. */
    public static Entry restore(State state) {
        return new Entry(state);
    }

    /** Everything to store about the entry. */
    public State state() {
        return s;
    }

    public boolean isOwnedBy(String userId) {
        return s.owner().userId().equals(userId);
    }

    /**
     * A revision is public, the owner has not withdrawn the entry, and it is not hidden while a moderator
     * reviews community flags. A change to a published entry keeps the published revision public until
     * the change is approved.
     */
    public boolean isPublic() {
        return s.published() != null && s.status() != EntryStatus.WITHDRAWN && !s.hidden();
    }

    /** What the public sees, when {@link #isPublic()}. */
    public Optional<EntryDetails> publicDetails() {
        return isPublic() ? Optional.ofNullable(s.published()) : Optional.empty();
    }

    /** The published revision, 0 when none is. */
    public int publishedRevision() {
        return s.published() == null ? 0 : s.publishedRevision();
    }

    public @Nullable EntryDetails published() {
        return s.published();
    }

    public boolean isHidden() {
        return s.hidden();
    }

    /**
     * Community flags sent the published revision back to moderation: it leaves public view until a
     * moderator decides. Returns false, changing nothing, for another revision or an entry not public.
     */
    public boolean hidePendingReview(int flaggedRevision, Instant now) {
        if (!isPublic() || flaggedRevision != s.publishedRevision()) {
            return false;
        }
        s = s.withHidden(true).changedAt(now);
        return true;
    }

    /**
     * The owner changes a draft or an entry returned for changes. Changing a published entry (or a
     * rejected change to one) starts a new draft revision; the published revision stays public until
     * a moderator approves the change.
     */
    public void edit(EntryDetails newDetails, Instant now) {
        EntryStatus status = s.status();
        boolean revisingPublished = s.published() != null
                && !s.hidden()
                && (status == EntryStatus.PUBLISHED || status == EntryStatus.REJECTED);
        if (status != EntryStatus.DRAFT && status != EntryStatus.CHANGES_REQUESTED && !revisingPublished) {
            throw new EntryRuleViolation(
                    "not-editable",
                    "Only a draft, an entry returned for changes or a published entry can be edited; this one is "
                            + status + ".");
        }
        if (revisingPublished) {
            s = s.withStatus(EntryStatus.DRAFT, null);
        }
        s = s.withDetails(newDetails).changedAt(now);
    }

    /** The owner sends the entry for moderation. */
    public void submit(Instant now) {
        if (s.status() != EntryStatus.DRAFT && s.status() != EntryStatus.CHANGES_REQUESTED) {
            throw new EntryRuleViolation(
                    "not-submittable",
                    "Only a draft or an entry returned for changes can be submitted; this one is " + s.status() + ".");
        }
        s = s.withStatus(EntryStatus.SUBMITTED, null)
                .withRevision(s.revision() + 1)
                .changedAt(now);
        EntryDetails details = s.details();
        pendingEvents.add(new EntrySubmitted(
                UUID.randomUUID(),
                now,
                s.id(),
                s.revision(),
                details.title(),
                details.organisation(),
                details.actionLines(),
                s.owner()));
    }

    /** The owner takes the entry back, whatever its state, unless it is already withdrawn. */
    public void withdraw(Instant now) {
        if (s.status() == EntryStatus.WITHDRAWN) {
            throw new EntryRuleViolation("already-withdrawn", "This entry is already withdrawn.");
        }
        s = s.withStatus(EntryStatus.WITHDRAWN, s.messageFromModerator()).changedAt(now);
        pendingEvents.add(new EntryWithdrawn(
                UUID.randomUUID(), now, s.id(), s.revision(), s.details().title(), s.owner()));
    }

    /**
     * The owner erased their account. A withdrawal takes the entry out of public view and moderation
     * (announced as any withdrawal, naming the owner it had) and leaves it to {@code anonymous}, with
     * nothing addressed to the person kept; a transfer gives it to {@code receiver}, who owns it from
     * then on, as it stands. Either way a contact address that was the owner's own is removed: it is
     * their personal data, not the project's.
     */
    public void ownerErased(EntriesChoice choice, @Nullable Recipient receiver, Recipient anonymous, Instant now) {
        Recipient erased = s.owner();
        s = s.withDetails(s.details().withoutContact(erased.email()));
        if (s.published() != null) {
            s = s.withPublished(s.published().withoutContact(erased.email()), s.publishedRevision(), s.publishedAt());
        }
        if (choice == EntriesChoice.TRANSFER) {
            if (receiver == null) {
                throw new IllegalArgumentException("A transfer names its receiver");
            }
            s = s.withOwner(receiver);
        } else {
            if (s.status() != EntryStatus.WITHDRAWN) {
                s = s.withStatus(EntryStatus.WITHDRAWN, s.messageFromModerator());
                pendingEvents.add(new EntryWithdrawn(
                        UUID.randomUUID(),
                        now,
                        s.id(),
                        s.revision(),
                        s.details().title(),
                        erased));
            }
            s = s.withStatus(s.status(), null).withOwner(anonymous);
        }
        s = s.changedAt(now);
    }

    /**
     * Applies a moderator's decision on this entry. Returns false, changing nothing, when the decision
     * does not fit where the entry stands: a review for another revision than the one waiting, an
     * appeal for an entry not rejected, a flag review for an entry not hidden; also when it was
     * already applied.
     */
    public boolean apply(ModerationDecided decision, Instant now) {
        if (decision.kind() == ItemKind.FLAGGED) {
            return applyFlagReview(decision, now);
        }
        boolean fits = decision.subjectRevision() == s.revision()
                && switch (decision.kind()) {
                    case REVIEW -> s.status() == EntryStatus.SUBMITTED;
                    case APPEAL -> s.status() == EntryStatus.REJECTED;
                    case FLAGGED -> false;
                };
        if (!fits) {
            return false;
        }
        s = s.changedAt(now);
        String message = decision.messageToAuthor() == null ? "" : decision.messageToAuthor();
        @Nullable Integer stillPublic = s.published() == null ? null : s.publishedRevision();
        switch (decision.decision()) {
            case APPROVED -> {
                s = s.withStatus(EntryStatus.PUBLISHED, null)
                        .withPublished(s.details(), s.revision(), s.publishedAt() == null ? now : s.publishedAt());
                pendingEvents.add(published(now));
            }
            case CHANGES_REQUESTED -> {
                s = s.withStatus(EntryStatus.CHANGES_REQUESTED, message);
                pendingEvents.add(new EntryReturnedForChanges(
                        UUID.randomUUID(),
                        now,
                        s.id(),
                        s.revision(),
                        s.details().title(),
                        decision.reasonCode(),
                        message,
                        s.owner(),
                        stillPublic));
            }
            case REJECTED -> {
                s = s.withStatus(EntryStatus.REJECTED, message);
                pendingEvents.add(rejected(decision, now, message, stillPublic));
            }
        }
        return true;
    }

    /**
     * Community flags hid the published revision: approval dismisses the flags and shows it again;
     * otherwise it leaves public view (returned for changes, or rejected).
     */
    private boolean applyFlagReview(ModerationDecided decision, Instant now) {
        EntryDetails flagged = s.published();
        if (!s.hidden() || flagged == null || decision.subjectRevision() != s.publishedRevision()) {
            return false;
        }
        s = s.withHidden(false).changedAt(now);
        if (decision.decision() == ModerationDecided.Decision.APPROVED) {
            // The flags were dismissed: the entry is simply public again, nothing new to announce.
            return true;
        }
        String message = decision.messageToAuthor() == null ? "" : decision.messageToAuthor();
        boolean wasPublished = s.status() == EntryStatus.PUBLISHED;
        s = s.withPublished(null, 0, s.publishedAt());
        if (wasPublished) {
            s = s.withDetails(flagged);
        }
        if (decision.decision() == ModerationDecided.Decision.CHANGES_REQUESTED) {
            s = s.withStatus(EntryStatus.CHANGES_REQUESTED, message);
            pendingEvents.add(new EntryReturnedForChanges(
                    UUID.randomUUID(),
                    now,
                    s.id(),
                    decision.subjectRevision(),
                    flagged.title(),
                    decision.reasonCode(),
                    message,
                    s.owner(),
                    null));
        } else {
            s = s.withStatus(EntryStatus.REJECTED, message);
            pendingEvents.add(rejected(decision, now, message, null));
        }
        return true;
    }

    private EntryPublished published(Instant now) {
        return new EntryPublished(
                UUID.randomUUID(),
                now,
                s.id(),
                s.revision(),
                s.details().title(),
                s.details().organisation(),
                s.details().actionLines(),
                s.owner());
    }

    private EntryRejected rejected(
            ModerationDecided decision, Instant now, String message, @Nullable Integer stillPublic) {
        return new EntryRejected(
                UUID.randomUUID(),
                now,
                s.id(),
                decision.subjectRevision(),
                s.details().title(),
                decision.reasonCode(),
                message,
                s.owner(),
                decision.kind() != ItemKind.APPEAL,
                stillPublic);
    }

    /** The events caused since this entry was loaded, in order. */
    public List<EntryEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    public String id() {
        return s.id();
    }

    public Recipient owner() {
        return s.owner();
    }

    public EntryDetails details() {
        return s.details();
    }

    public EntryStatus status() {
        return s.status();
    }

    public int revision() {
        return s.revision();
    }

    public @Nullable String messageFromModerator() {
        return s.messageFromModerator();
    }

    public Instant createdAt() {
        return s.createdAt();
    }

    public Instant updatedAt() {
        return s.updatedAt();
    }

    public @Nullable Instant publishedAt() {
        return s.publishedAt();
    }

    public @Nullable Long version() {
        return s.version();
    }
}
