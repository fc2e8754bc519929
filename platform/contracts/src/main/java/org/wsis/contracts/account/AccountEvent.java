package org.wsis.contracts.account;

import org.wsis.contracts.DomainEvent;

/**
 * The stream of what happens to a person's account as a whole, on {@code wsis.account.v1}, keyed by the
 * account id (the identity provider's subject), so that one person's events stay in order.
 */
public sealed interface AccountEvent extends DomainEvent permits AccountErased {

    /** The identity provider's subject: the user id every service stores. */
    String accountId();

    @Override
    default String aggregateId() {
        return accountId();
    }
}
