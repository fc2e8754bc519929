package org.wsis.prize.tally.domain;

/** Why a voter's ballots wait for an admin's review before they count. */
public enum Suspicion {
    /** The account's e-mail address is at a throwaway-mail domain. */
    DISPOSABLE_EMAIL_DOMAIN,
    /** The account was created minutes before it voted. */
    NEW_ACCOUNT,
    /**
     * The token did not say when the account was created, so the account-age rules could not clear it:
     * an unknown age is treated as suspicious, never as old.
     */
    ACCOUNT_AGE_UNKNOWN,
    /** More new accounts voted from the voter's network within the window than the allowance. */
    NETWORK_BURST,
    /** The voter's successive ballots came at a machine-regular cadence. */
    REGULAR_TIMING
}
