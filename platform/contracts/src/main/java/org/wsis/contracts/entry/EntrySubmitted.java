package org.wsis.contracts.entry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.Recipient;

/** The owner sent the entry (or a new revision of it) for moderation. */
public record EntrySubmitted(
        UUID eventId,
        Instant occurredAt,
        String entryId,
        int revision,
        String title,
        String organisation,
        List<ActionLine> actionLines,
        Recipient owner)
        implements EntryEvent {

    public EntrySubmitted {
        actionLines = List.copyOf(actionLines);
    }
}
