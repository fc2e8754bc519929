package org.wsis.contracts.convening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.wsis.contracts.Recipient;

/**
 * An invited convenor accepted or declined to hold a workshop: the proposing convenor's managers are written
 * to, with whether the workshop now meets the venue's multi-stakeholder rule (and may be submitted).
 *
 * @param convenor the invited convenor's name
 * @param accepted whether it accepted
 * @param acceptedSoFar how many invited convenors have accepted
 * @param ruleMet whether enough convenors of enough stakeholder types accepted for the workshop to be submitted
 * @param proposerManagers the proposing convenor's managers, to whom the answer is written
 */
public record WorkshopInvitationAnswered(
        UUID eventId,
        Instant occurredAt,
        String workshopId,
        String title,
        String convenorId,
        String convenor,
        boolean accepted,
        int acceptedSoFar,
        boolean ruleMet,
        List<Recipient> proposerManagers)
        implements ConveningEvent {

    public WorkshopInvitationAnswered {
        proposerManagers = List.copyOf(proposerManagers);
    }

    @Override
    public String aggregateId() {
        return workshopId;
    }
}
