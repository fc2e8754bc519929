package org.wsis.contracts.moderation;

import java.time.Instant;
import java.util.UUID;

/**
 * Community flags on a post of the forum reached the threshold: the post leaves public view until a
 * moderator decides the flagged item (a {@link ModerationDecided} of kind {@code FLAGGED} on a
 * {@code FORUM_POST}).
 *
 * @param postId the flagged post
 * @param revision its flagged revision
 * @param itemId the queue item created for it
 * @param flagCount how many people flagged it
 */
public record PostHiddenPendingReview(
        UUID eventId, Instant occurredAt, String postId, int revision, String itemId, int flagCount)
        implements ModerationEvent {

    @Override
    public String aggregateId() {
        return postId;
    }
}
