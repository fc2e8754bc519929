package org.wsis.contracts.entry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.Recipient;

/** A moderator approved the entry: it is now public in the stocktaking database. */
public record EntryPublished(
        UUID eventId,
        Instant occurredAt,
        String entryId,
        int revision,
        String title,
        String organisation,
        List<ActionLine> actionLines,
        Recipient owner)
        implements EntryEvent {

    public EntryPublished {
        actionLines = List.copyOf(actionLines);
    }
}
