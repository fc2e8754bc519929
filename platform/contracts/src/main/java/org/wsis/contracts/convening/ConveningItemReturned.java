package org.wsis.contracts.convening;

import java.time.Instant;
import java.util.UUID;
import org.wsis.contracts.Recipient;

/**
 * A moderator did not approve a revision of a convenor's profile, issue or calendar event: they asked for
 * changes, or rejected it.
 *
 * @param message the moderator's words to the owner
 * @param publishedStaysOnline an earlier approved revision stays public meanwhile
 * @param owner the person who submitted it, to whom the outcome is written
 */
public record ConveningItemReturned(
        UUID eventId,
        Instant occurredAt,
        ItemKind item,
        String itemId,
        int revision,
        String title,
        Outcome outcome,
        String message,
        boolean publishedStaysOnline,
        Recipient owner)
        implements ConveningItemEvent {

    /** What the moderator decided. */
    public enum Outcome {
        CHANGES_REQUESTED,
        REJECTED
    }
}
