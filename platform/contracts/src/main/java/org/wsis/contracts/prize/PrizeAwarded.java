package org.wsis.contracts.prize;

import java.time.Instant;
import java.util.UUID;
import org.wsis.contracts.Recipient;

/**
 * Results were published and this nomination is a {@code CHAMPION} (top of the public vote in its
 * category) or the category's {@code WINNER}; a winner also receives its champion event.
 */
public record PrizeAwarded(
        UUID eventId,
        Instant occurredAt,
        String nominationId,
        int edition,
        int category,
        String entryTitle,
        String award,
        long votes,
        Recipient owner)
        implements PrizeEvent {

    @Override
    public String aggregateId() {
        return nominationId;
    }
}
