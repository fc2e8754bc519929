package org.wsis.contracts.convening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.wsis.contracts.Recipient;

/**
 * A convenor proposing a thematic workshop invited another convenor to hold it with them: the invited
 * convenor's managers are written to, each in their language, and may accept or decline.
 *
 * @param theme the theme the workshop gathers convenors on
 * @param venue the venue whose programme it is proposed for
 * @param fromConvenor the proposing convenor's name
 * @param toConvenor the invited convenor's name
 * @param invitedManagers the invited convenor's managers, to whom the invitation is written
 */
public record WorkshopInvited(
        UUID eventId,
        Instant occurredAt,
        String workshopId,
        String title,
        String theme,
        String venue,
        String fromConvenorId,
        String fromConvenor,
        String toConvenorId,
        String toConvenor,
        List<Recipient> invitedManagers)
        implements ConveningEvent {

    public WorkshopInvited {
        invitedManagers = List.copyOf(invitedManagers);
    }

    @Override
    public String aggregateId() {
        return workshopId;
    }
}
