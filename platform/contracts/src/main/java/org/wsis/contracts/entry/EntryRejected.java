package org.wsis.contracts.entry;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.Recipient;

/**
 * A moderator rejected the entry; {@code message} tells the owner why. {@code appealable} says whether
 * the owner may still appeal (false once an appeal was rejected; absent in older records: true).
 * {@code publishedRevision} is the revision that stays public when a change to a published entry was
 * rejected; absent when the entry is not public.
 */
public record EntryRejected(
        UUID eventId,
        Instant occurredAt,
        String entryId,
        int revision,
        String title,
        String reasonCode,
        String message,
        Recipient owner,
        @Nullable Boolean appealable,
        @Nullable Integer publishedRevision)
        implements EntryEvent {

    public boolean mayAppeal() {
        return appealable == null || appealable;
    }
}
