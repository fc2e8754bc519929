package org.wsis.contracts.convening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.Recipient;

/**
 * A convenor accepted another's request to connect: from now on each sees the other's contact details,
 * which this event carries so that both sides are written to with them.
 *
 * @param from the convenor that asked
 * @param to the convenor that accepted
 */
public record ContactAccepted(
        UUID eventId, Instant occurredAt, String contactId, String issueTitle, Party from, Party to)
        implements ConveningEvent {

    /** One side of the contact: the convenor, its contact details and its managers. */
    public record Party(
            String convenorId,
            String convenor,
            String contactName,
            String contactEmail,
            @Nullable String contactPhone,
            List<Recipient> managers) {

        public Party {
            managers = List.copyOf(managers);
        }
    }

    @Override
    public String aggregateId() {
        return contactId;
    }
}
