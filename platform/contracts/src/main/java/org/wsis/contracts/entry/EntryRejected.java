package org.wsis.contracts.entry;

import java.time.Instant;
import java.util.UUID;
import org.wsis.contracts.Recipient;

/** A moderator rejected the entry; {@code message} tells the owner why. */
public record EntryRejected(
        UUID eventId,
        Instant occurredAt,
        String entryId,
        int revision,
        String title,
        String reasonCode,
        String message,
        Recipient owner)
        implements EntryEvent {}
