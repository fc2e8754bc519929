package org.wsis.contracts.moderation;

import java.time.Instant;
import java.util.UUID;

/**
 * Community flags on a published entry reached the threshold: the entry leaves public view until a
 * moderator decides the flagged item (a {@link ModerationDecided} of kind {@code FLAGGED}).
 *
 * @param entryId the flagged entry
 * @param revision its published revision
 * @param itemId the queue item created for it
 * @param flagCount how many people flagged it
 */
public record EntryHiddenPendingReview(
        UUID eventId, Instant occurredAt, String entryId, int revision, String itemId, int flagCount)
        implements ModerationEvent {

    @Override
    public String aggregateId() {
        return entryId;
    }
}
