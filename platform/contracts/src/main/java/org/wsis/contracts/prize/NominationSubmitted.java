package org.wsis.contracts.prize;

import java.time.Instant;
import java.util.UUID;
import org.wsis.contracts.Recipient;

/** The owner of a published entry nominated it in a category; moderators screen it next. */
public record NominationSubmitted(
        UUID eventId,
        Instant occurredAt,
        String nominationId,
        int edition,
        int category,
        String entryId,
        String entryTitle,
        String organisation,
        Recipient owner)
        implements PrizeEvent {

    @Override
    public String aggregateId() {
        return nominationId;
    }
}
