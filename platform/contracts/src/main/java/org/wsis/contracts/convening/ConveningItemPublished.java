package org.wsis.contracts.convening;

import java.time.Instant;
import java.util.UUID;
import org.wsis.contracts.Recipient;

/** A moderator approved a revision of a convenor's profile, issue or calendar event: it is what the public sees now. */
public record ConveningItemPublished(
        UUID eventId,
        Instant occurredAt,
        ItemKind item,
        String itemId,
        int revision,
        String title,
        String convenor,
        Recipient owner)
        implements ConveningItemEvent {}
