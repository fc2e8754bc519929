package org.wsis.contracts.account;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.Recipient;

/**
 * The person asked for their account to be erased. Every service removes or anonymises what it holds
 * about them: what identifies them goes, what the platform must keep (ballots that count, moderators'
 * decisions) stays under a pseudonym that cannot be turned back into the account. Their entries are
 * withdrawn, or transferred to another person, as they chose.
 *
 * <p>The event carries no e-mail address or name of the erased person: consumers find what they hold by
 * {@code accountId} alone.
 *
 * @param accountId the erased account
 * @param entries what becomes of the person's entries (and of the nominations and moderation items that
 *     follow them)
 * @param transferTo the person who receives the entries when {@code entries} is {@link EntriesChoice#TRANSFER};
 *     absent otherwise
 */
public record AccountErased(
        UUID eventId,
        Instant occurredAt,
        String accountId,
        EntriesChoice entries,
        @Nullable Recipient transferTo) implements AccountEvent {

    /** What the person chose for their entries. */
    public enum EntriesChoice {
        /** Every entry is withdrawn: it leaves public view and moderation. */
        WITHDRAW,
        /** Every entry passes to {@code transferTo}, who owns it from then on. */
        TRANSFER
    }

    public AccountErased {
        if ((entries == EntriesChoice.TRANSFER) != (transferTo != null)) {
            throw new IllegalArgumentException("transferTo is given exactly when the entries are transferred");
        }
    }
}
