package org.wsis.contracts.prize;

import java.time.Instant;
import java.util.UUID;

/**
 * An edition moved to its next phase: {@code SUBMISSION}, {@code EXPERT_REVIEW}, {@code VOTING},
 * {@code SELECTION} or {@code RESULTS_PUBLISHED}.
 */
public record EditionPhaseChanged(UUID eventId, Instant occurredAt, int edition, String phase) implements PrizeEvent {

    @Override
    public String aggregateId() {
        return "edition-" + edition;
    }
}
