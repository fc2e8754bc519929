package org.wsis.contracts.entry;

import java.time.Instant;
import java.util.UUID;
import org.wsis.contracts.Recipient;

/** A moderator asked the owner to change the entry; {@code message} is addressed to the owner. */
public record EntryReturnedForChanges(
        UUID eventId,
        Instant occurredAt,
        String entryId,
        int revision,
        String title,
        String reasonCode,
        String message,
        Recipient owner)
        implements EntryEvent {}
