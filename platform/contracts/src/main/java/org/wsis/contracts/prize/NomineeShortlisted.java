package org.wsis.contracts.prize;

import java.time.Instant;
import java.util.UUID;
import org.wsis.contracts.Recipient;

/** The experts' review shortlisted the nomination: it is a nominee, publicly listed for the vote. */
public record NomineeShortlisted(
        UUID eventId,
        Instant occurredAt,
        String nominationId,
        int edition,
        int category,
        String entryTitle,
        Recipient owner)
        implements PrizeEvent {

    @Override
    public String aggregateId() {
        return nominationId;
    }
}
