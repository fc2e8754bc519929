package org.wsis.contracts.convening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.wsis.contracts.Recipient;

/**
 * A convenor asked another to connect about one of its issues, with a message. Not published when the asked
 * convenor has blocked the asker: a block is never announced.
 *
 * @param contactId the request (one per pair of convenors at a time)
 * @param fromConvenor the asking convenor's name
 * @param toConvenorId the asked convenor
 * @param toConvenor its name
 * @param issueTitle the asked convenor's issue the request is about
 * @param message what the asker wrote
 * @param askedManagers the asked convenor's managers, to whom the request is written
 */
public record ContactRequested(
        UUID eventId,
        Instant occurredAt,
        String contactId,
        String fromConvenorId,
        String fromConvenor,
        String toConvenorId,
        String toConvenor,
        String issueId,
        String issueTitle,
        String message,
        List<Recipient> askedManagers)
        implements ConveningEvent {

    public ContactRequested {
        askedManagers = List.copyOf(askedManagers);
    }

    @Override
    public String aggregateId() {
        return contactId;
    }
}
