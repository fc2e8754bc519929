package org.wsis.moderation.flag.domain;

/** Whether a flag counts towards hiding the entry and, when it does not, why. */
public enum FlagWeight {
    /** From an established account with a verified address: counts. */
    COUNTS,
    /** The identity provider has not verified the account's address. */
    ADDRESS_NOT_VERIFIED,
    /**
     * The token did not say when the account was created (and flags recorded before flags were weighed,
     * which did not keep it either).
     */
    ACCOUNT_AGE_UNKNOWN,
    /** The account is younger than the minimum age. */
    ACCOUNT_TOO_NEW;

    public boolean counts() {
        return this == COUNTS;
    }
}
