package org.wsis.contracts.convening;

import java.time.Instant;
import java.util.UUID;
import org.wsis.contracts.Recipient;

/** A manager withdrew a convenor's profile, issue or calendar event: it leaves public view and the moderation queue. */
public record ConveningItemWithdrawn(
        UUID eventId, Instant occurredAt, ItemKind item, String itemId, int revision, String title, Recipient owner)
        implements ConveningItemEvent {}
