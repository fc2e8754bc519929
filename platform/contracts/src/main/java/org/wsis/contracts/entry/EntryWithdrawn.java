package org.wsis.contracts.entry;

import java.time.Instant;
import java.util.UUID;
import org.wsis.contracts.Recipient;

/** The owner withdrew the entry; any pending moderation of it is moot. */
public record EntryWithdrawn(
        UUID eventId, Instant occurredAt, String entryId, int revision, String title, Recipient owner)
        implements EntryEvent {}
