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

    private final String id;
    private Recipient owner;
    private EntryDetails details;
    private @Nullable EntryDetails published;
    private int publishedRevision;
    private EntryStatus status;
    private int revision;
    private @Nullable String messageFromModerator;
    private final Instant createdAt;
    private Instant updatedAt;
    private @Nullable Instant publishedAt;
    private boolean hidden;
    private final @Nullable Long version;
    private final List<EntryEvent> pendingEvents = new ArrayList<>();

    private Entry(
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
        this.id = id;
        this.owner = owner;
        this.details = details;
        this.published = published;
        this.publishedRevision = publishedRevision;
        this.status = status;
        this.revision = revision;
        this.messageFromModerator = messageFromModerator;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.publishedAt = publishedAt;
        this.hidden = hidden;
        this.version = version;
    }

    /** A new draft, private to its owner. */
    public static Entry draft(String id, Recipient owner, EntryDetails details, Instant now) {
        return new Entry(id, owner, details, null, 0, EntryStatus.DRAFT, 0, null, now, now, null, false, null);
    }

    /** Rebuilds a stored entry; no rule runs and no event is recorded. */
    public static Entry restore(
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
        return new Entry(
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

    public boolean isOwnedBy(String userId) {
        return owner.userId().equals(userId);
    }

    /**
     * A revision is public, the owner has not withdrawn the entry, and it is not hidden while a moderator
     * reviews community flags. A change to a published entry keeps the published revision public until
     * the change is approved.
     */
    public boolean isPublic() {
        return published != null && status != EntryStatus.WITHDRAWN && !hidden;
    }

    /** What the public sees, when {@link #isPublic()}. */
    public Optional<EntryDetails> publicDetails() {
        return isPublic() ? Optional.ofNullable(published) : Optional.empty();
    }

    /** The published revision, 0 when none is. */
    public int publishedRevision() {
        return published == null ? 0 : publishedRevision;
    }

    public @Nullable EntryDetails published() {
        return published;
    }

    public boolean isHidden() {
        return hidden;
    }

    /**
     * Community flags sent the published revision back to moderation: it leaves public view until a
     * moderator decides. Returns false, changing nothing, for another revision or an entry not public.
     */
    public boolean hidePendingReview(int flaggedRevision, Instant now) {
        if (!isPublic() || flaggedRevision != publishedRevision) {
            return false;
        }
        hidden = true;
        updatedAt = now;
        return true;
    }

    /**
     * The owner changes a draft or an entry returned for changes. Changing a published entry (or a
     * rejected change to one) starts a new draft revision; the published revision stays public until
     * a moderator approves the change.
     */
    public void edit(EntryDetails newDetails, Instant now) {
        boolean revisingPublished =
                published != null && !hidden && (status == EntryStatus.PUBLISHED || status == EntryStatus.REJECTED);
        if (status != EntryStatus.DRAFT && status != EntryStatus.CHANGES_REQUESTED && !revisingPublished) {
            throw new EntryRuleViolation(
                    "not-editable",
                    "Only a draft, an entry returned for changes or a published entry can be edited; this one is "
                            + status + ".");
        }
        if (revisingPublished) {
            status = EntryStatus.DRAFT;
            messageFromModerator = null;
        }
        this.details = newDetails;
        this.updatedAt = now;
    }

    /** The owner sends the entry for moderation. */
    public void submit(Instant now) {
        if (status != EntryStatus.DRAFT && status != EntryStatus.CHANGES_REQUESTED) {
            throw new EntryRuleViolation(
                    "not-submittable",
                    "Only a draft or an entry returned for changes can be submitted; this one is " + status + ".");
        }
        status = EntryStatus.SUBMITTED;
        revision++;
        messageFromModerator = null;
        updatedAt = now;
        pendingEvents.add(new EntrySubmitted(
                UUID.randomUUID(),
                now,
                id,
                revision,
                details.title(),
                details.organisation(),
                details.actionLines(),
                owner));
    }

    /** The owner takes the entry back, whatever its state, unless it is already withdrawn. */
    public void withdraw(Instant now) {
        if (status == EntryStatus.WITHDRAWN) {
            throw new EntryRuleViolation("already-withdrawn", "This entry is already withdrawn.");
        }
        status = EntryStatus.WITHDRAWN;
        updatedAt = now;
        pendingEvents.add(new EntryWithdrawn(UUID.randomUUID(), now, id, revision, details.title(), owner));
    }

    /**
     * The owner erased their account. A withdrawal takes the entry out of public view and moderation
     * (announced as any withdrawal, naming the owner it had) and leaves it to {@code anonymous}, with
     * nothing addressed to the person kept; a transfer gives it to {@code receiver}, who owns it from
     * then on, as it stands. Either way a contact address that was the owner's own is removed: it is
     * their personal data, not the project's.
     */
    public void ownerErased(EntriesChoice choice, @Nullable Recipient receiver, Recipient anonymous, Instant now) {
        Recipient erased = owner;
        details = details.withoutContact(erased.email());
        if (published != null) {
            published = published.withoutContact(erased.email());
        }
        if (choice == EntriesChoice.TRANSFER) {
            if (receiver == null) {
                throw new IllegalArgumentException("A transfer names its receiver");
            }
            owner = receiver;
        } else {
            if (status != EntryStatus.WITHDRAWN) {
                status = EntryStatus.WITHDRAWN;
                pendingEvents.add(new EntryWithdrawn(UUID.randomUUID(), now, id, revision, details.title(), erased));
            }
            messageFromModerator = null;
            owner = anonymous;
        }
        updatedAt = now;
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
        boolean fits = decision.subjectRevision() == revision
                && switch (decision.kind()) {
                    case REVIEW -> status == EntryStatus.SUBMITTED;
                    case APPEAL -> status == EntryStatus.REJECTED;
                    case FLAGGED -> false;
                };
        if (!fits) {
            return false;
        }
        updatedAt = now;
        String message = decision.messageToAuthor() == null ? "" : decision.messageToAuthor();
        @Nullable Integer stillPublic = published == null ? null : publishedRevision;
        switch (decision.decision()) {
            case APPROVED -> {
                status = EntryStatus.PUBLISHED;
                published = details;
                publishedRevision = revision;
                if (publishedAt == null) {
                    publishedAt = now;
                }
                messageFromModerator = null;
                pendingEvents.add(published(now));
            }
            case CHANGES_REQUESTED -> {
                status = EntryStatus.CHANGES_REQUESTED;
                messageFromModerator = message;
                pendingEvents.add(new EntryReturnedForChanges(
                        UUID.randomUUID(),
                        now,
                        id,
                        revision,
                        details.title(),
                        decision.reasonCode(),
                        message,
                        owner,
                        stillPublic));
            }
            case REJECTED -> {
                status = EntryStatus.REJECTED;
                messageFromModerator = message;
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
        if (!hidden || published == null || decision.subjectRevision() != publishedRevision) {
            return false;
        }
        hidden = false;
        updatedAt = now;
        if (decision.decision() == ModerationDecided.Decision.APPROVED) {
            // The flags were dismissed: the entry is simply public again, nothing new to announce.
            return true;
        }
        String message = decision.messageToAuthor() == null ? "" : decision.messageToAuthor();
        EntryDetails flagged = published;
        published = null;
        publishedRevision = 0;
        if (status == EntryStatus.PUBLISHED) {
            details = flagged;
        }
        messageFromModerator = message;
        if (decision.decision() == ModerationDecided.Decision.CHANGES_REQUESTED) {
            status = EntryStatus.CHANGES_REQUESTED;
            pendingEvents.add(new EntryReturnedForChanges(
                    UUID.randomUUID(),
                    now,
                    id,
                    decision.subjectRevision(),
                    flagged.title(),
                    decision.reasonCode(),
                    message,
                    owner,
                    null));
        } else {
            status = EntryStatus.REJECTED;
            pendingEvents.add(rejected(decision, now, message, null));
        }
        return true;
    }

    private EntryPublished published(Instant now) {
        return new EntryPublished(
                UUID.randomUUID(),
                now,
                id,
                revision,
                details.title(),
                details.organisation(),
                details.actionLines(),
                owner);
    }

    private EntryRejected rejected(
            ModerationDecided decision, Instant now, String message, @Nullable Integer stillPublic) {
        return new EntryRejected(
                UUID.randomUUID(),
                now,
                id,
                decision.subjectRevision(),
                details.title(),
                decision.reasonCode(),
                message,
                owner,
                decision.kind() != ItemKind.APPEAL,
                stillPublic);
    }

    /** The events caused since this entry was loaded, in order. */
    public List<EntryEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    public String id() {
        return id;
    }

    public Recipient owner() {
        return owner;
    }

    public EntryDetails details() {
        return details;
    }

    public EntryStatus status() {
        return status;
    }

    public int revision() {
        return revision;
    }

    public @Nullable String messageFromModerator() {
        return messageFromModerator;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public @Nullable Instant publishedAt() {
        return publishedAt;
    }

    public @Nullable Long version() {
        return version;
    }
}
