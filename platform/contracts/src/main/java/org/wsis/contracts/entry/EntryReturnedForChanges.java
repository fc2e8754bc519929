package org.wsis.contracts.entry;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.Recipient;

/**
 * A moderator asked the owner to change the entry; {@code message} is addressed to the owner.
 * {@code publishedRevision} is the revision that stays public meanwhile (a change to a published
 * entry); absent when the entry is not public.
 */
public record EntryReturnedForChanges(
        UUID eventId,
        Instant occurredAt,
        String entryId,
        int revision,
        String title,
        String reasonCode,
        String message,
        Recipient owner,
        @Nullable Integer publishedRevision)
        implements EntryEvent {}
