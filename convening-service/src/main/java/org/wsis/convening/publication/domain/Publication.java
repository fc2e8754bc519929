package org.wsis.convening.publication.domain;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.moderation.ModerationDecided;

/**
 * The moderated life of an item (a convenor's profile, an issue), by the stocktaking entries' rules:
 * {@code DRAFT → SUBMITTED → PUBLISHED | CHANGES_REQUESTED | REJECTED}, withdrawal at any time. Editing a
 * published item starts a new working revision while the published one stays public until a moderator
 * approves the change. Immutable: every move answers the next value.
 *
 * @param working what the managers edit and submit
 * @param published what the public sees, when a revision was ever approved
 * @param publishedRevision the revision {@code published} is, 0 when none
 * @param revision counts submissions; a decision applies only to the revision it was taken on
 * @param <D> the item's details
 */
public record Publication<D>(
        D working,
        @Nullable D published,
        int publishedRevision,
        PublicationStatus status,
        int revision,
        @Nullable String messageFromModerator,
        @Nullable Instant publishedAt) {

    /** A new draft, for its managers (and the moderators who review it) only. */
    public static <D> Publication<D> draft(D details) {
        return new Publication<>(details, null, 0, PublicationStatus.DRAFT, 0, null, null);
    }

    /** The same publication with every revision's details changed by {@code change} (an erasure's clean-up). */
    public Publication<D> mapDetails(java.util.function.UnaryOperator<D> change) {
        return new Publication<>(
                change.apply(working),
                published == null ? null : change.apply(published),
                publishedRevision,
                status,
                revision,
                messageFromModerator,
                publishedAt);
    }

    /** A revision is public and the item is not withdrawn. */
    public boolean isPublic() {
        return published != null && status != PublicationStatus.WITHDRAWN;
    }

    /** What the public sees, when {@link #isPublic()}. */
    public Optional<D> publicDetails() {
        return isPublic() ? Optional.ofNullable(published) : Optional.empty();
    }

    /**
     * The managers change a draft, an item returned for changes, or a published item (which starts a new
     * draft revision while the published one stays online).
     */
    public Publication<D> edit(D details) {
        boolean revisingPublished =
                published != null && (status == PublicationStatus.PUBLISHED || status == PublicationStatus.REJECTED);
        if (status != PublicationStatus.DRAFT && status != PublicationStatus.CHANGES_REQUESTED && !revisingPublished) {
            throw new PublicationRefused(
                    "not-editable",
                    "Only a draft, an item returned for changes or a published item can be edited; this one is "
                            + status + ".");
        }
        return new Publication<>(
                details,
                published,
                publishedRevision,
                revisingPublished ? PublicationStatus.DRAFT : status,
                revision,
                revisingPublished ? null : messageFromModerator,
                publishedAt);
    }

    /** The managers send the working revision for moderation: the revision count goes up by one. */
    public Publication<D> submit() {
        if (status != PublicationStatus.DRAFT && status != PublicationStatus.CHANGES_REQUESTED) {
            throw new PublicationRefused(
                    "not-submittable",
                    "Only a draft or an item returned for changes can be submitted; this one is " + status + ".");
        }
        return new Publication<>(
                working, published, publishedRevision, PublicationStatus.SUBMITTED, revision + 1, null, publishedAt);
    }

    /** The managers take the item back, whatever its state, unless it is already withdrawn. */
    public Publication<D> withdraw() {
        if (status == PublicationStatus.WITHDRAWN) {
            throw new PublicationRefused("already-withdrawn", "This item is already withdrawn.");
        }
        return new Publication<>(
                working,
                published,
                publishedRevision,
                PublicationStatus.WITHDRAWN,
                revision,
                messageFromModerator,
                publishedAt);
    }

    /**
     * A moderator's decision on a revision: a review applies to the revision waiting for moderation, an
     * appeal to a rejected one. Empty when the decision does not fit where the item stands (another
     * revision, already applied, a kind of review this item does not have), which makes redelivered,
     * late and reordered decisions change nothing.
     */
    public Optional<Publication<D>> decide(ModerationDecided decision, Instant now) {
        boolean fits = decision.subjectRevision() == revision
                && switch (decision.kind()) {
                    case REVIEW -> status == PublicationStatus.SUBMITTED;
                    case APPEAL -> status == PublicationStatus.REJECTED;
                    case FLAGGED -> false;
                };
        if (!fits) {
            return Optional.empty();
        }
        String message = decision.messageToAuthor() == null ? "" : decision.messageToAuthor();
        return Optional.of(
                switch (decision.decision()) {
                    case APPROVED ->
                        new Publication<>(
                                working,
                                working,
                                revision,
                                PublicationStatus.PUBLISHED,
                                revision,
                                null,
                                publishedAt == null ? now : publishedAt);
                    case CHANGES_REQUESTED ->
                        new Publication<>(
                                working,
                                published,
                                publishedRevision,
                                PublicationStatus.CHANGES_REQUESTED,
                                revision,
                                message,
                                publishedAt);
                    case REJECTED ->
                        new Publication<>(
                                working,
                                published,
                                publishedRevision,
                                PublicationStatus.REJECTED,
                                revision,
                                message,
                                publishedAt);
                });
    }
}
