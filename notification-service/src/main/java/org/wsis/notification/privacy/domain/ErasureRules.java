package org.wsis.notification.privacy.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.account.AccountErased;
import org.wsis.contracts.account.AccountErased.EntriesChoice;

/**
 * What a request to erase one's account must say, every rule checked at once so that the person sees
 * every mistake together: what becomes of their entries (withdrawn, or transferred to someone named by
 * the address of an account the platform knows, verified, and not their own), and the confirmation,
 * their own e-mail address typed out, so that nobody erases an account by a slip of the mouse.
 */
public final class ErasureRules {

    private ErasureRules() {}

    /**
     * The erasure the request asks for, or {@link ErasureRefused} with every field that is wrong.
     *
     * @param accountId who asks
     * @param email their address, which they must type to confirm
     * @param verifiedAccountWithAddress finds the account that signed in with a verified address
     */
    public static AccountErased request(
            String accountId,
            String email,
            @Nullable String entries,
            @Nullable String transferTo,
            @Nullable String confirmation,
            Function<String, Optional<Recipient>> verifiedAccountWithAddress,
            Instant now) {
        List<ErasureRefused.FieldError> errors = new ArrayList<>();
        EntriesChoice choice = choice(entries);
        String target = transferTo == null ? "" : transferTo.strip();
        Recipient receiver = null;
        if (choice == null) {
            errors.add(new ErasureRefused.FieldError(
                    "entries", "Choose what becomes of your entries: WITHDRAW or TRANSFER."));
        } else if (choice == EntriesChoice.WITHDRAW && !target.isEmpty()) {
            errors.add(new ErasureRefused.FieldError(
                    "transferTo", "Name someone only to transfer your entries; withdrawn entries go to nobody."));
        } else if (choice == EntriesChoice.TRANSFER) {
            if (target.isEmpty()) {
                errors.add(new ErasureRefused.FieldError(
                        "transferTo", "Give the e-mail address of the person who will own your entries."));
            } else if (sameAddress(target, email)) {
                errors.add(new ErasureRefused.FieldError(
                        "transferTo", "Name someone else: your own account is the one being erased."));
            } else {
                receiver = verifiedAccountWithAddress
                        .apply(target)
                        .filter(found -> !found.userId().equals(accountId))
                        .orElse(null);
                if (receiver == null) {
                    errors.add(new ErasureRefused.FieldError(
                            "transferTo",
                            "No account with this verified address has signed in to the platform. Ask the person to"
                                    + " sign in once, then try again."));
                }
            }
        }
        if (email.isBlank() || confirmation == null || !sameAddress(confirmation, email)) {
            errors.add(new ErasureRefused.FieldError(
                    "confirmation", "Type your e-mail address, " + email + ", to confirm the erasure."));
        }
        if (!errors.isEmpty()) {
            throw new ErasureRefused(errors);
        }
        return new AccountErased(UUID.randomUUID(), now, accountId, choice, receiver);
    }

    private static @Nullable EntriesChoice choice(@Nullable String entries) {
        if (entries == null) {
            return null;
        }
        try {
            return EntriesChoice.valueOf(entries.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean sameAddress(String a, String b) {
        return a.strip().equalsIgnoreCase(b.strip());
    }
}
