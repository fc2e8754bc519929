package org.wsis.contracts.prize;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.Recipient;

/**
 * Screening decided whether a nomination competes: eligible, or ineligible with the reason addressed
 * to its owner.
 */
public record NominationScreened(
        UUID eventId,
        Instant occurredAt,
        String nominationId,
        int edition,
        int category,
        String entryTitle,
        boolean eligible,
        String reasonCode,
        @Nullable String message,
        Recipient owner)
        implements PrizeEvent {

    @Override
    public String aggregateId() {
        return nominationId;
    }
}
