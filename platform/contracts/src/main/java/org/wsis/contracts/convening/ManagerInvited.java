package org.wsis.contracts.convening;

import java.time.Instant;
import java.util.UUID;
import org.wsis.contracts.Recipient;

/**
 * A manager of a convenor invited someone, by e-mail address, to manage it with them: the invited person
 * is written to at that address (they may have no account yet), in the inviter's language.
 *
 * @param invitedEmail the address invited, in lower case
 * @param invitedBy the manager who invited them
 */
public record ManagerInvited(
        UUID eventId, Instant occurredAt, String convenorId, String convenor, String invitedEmail, Recipient invitedBy)
        implements ConveningEvent {

    @Override
    public String aggregateId() {
        return convenorId;
    }
}
