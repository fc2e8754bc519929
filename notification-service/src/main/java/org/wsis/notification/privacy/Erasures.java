package org.wsis.notification.privacy;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.wsis.contracts.account.AccountErased;
import org.wsis.notification.delivery.Deliveries;
import org.wsis.notification.digest.Digests;
import org.wsis.notification.preference.Recipients;
import org.wsis.notification.preference.domain.AccountErasedRefusal;
import org.wsis.notification.privacy.domain.ErasureRules;
import org.wsis.notification.privacy.domain.RecordedErasure;
import org.wsis.notification.privacy.mongo.ErasureStore;
import org.wsis.servicekit.privacy.ErasedAccounts;
import org.wsis.servicekit.security.Caller;

/**
 * The erasure of people's accounts. This service records the request and announces it: one insert ({@link
 * ErasureStore}) holds the request and its {@link AccountErased} in the outbox, so the request is
 * never recorded without being announced, and the outbox relay publishes it on {@code wsis.account.v1},
 * which every service consumes, this one included ({@link #on(AccountErased)}).
 *
 * <p>The record is kept under the account's pseudonym, not its id: once the event is published, it says
 * that an account was erased, when, and what became of its entries, and no longer which account it was.
 * A second request of the same account finds the record and is refused.
 */
@Service
public class Erasures {

    private static final Logger log = LoggerFactory.getLogger(Erasures.class);

    private final ErasureStore store;
    private final ErasedAccounts erased;
    private final Recipients recipients;
    private final Deliveries deliveries;
    private final Digests digests;
    private final MeterRegistry meters;
    private final Clock clock;

    public Erasures(
            ErasureStore store,
            ErasedAccounts erased,
            Recipients recipients,
            Deliveries deliveries,
            Digests digests,
            MeterRegistry meters,
            Clock clock) {
        this.store = store;
        this.erased = erased;
        this.recipients = recipients;
        this.deliveries = deliveries;
        this.digests = digests;
        this.meters = meters;
        this.clock = clock;
    }

    /** Records the caller's request and its announcement; refused when it is wrong or was made before. */
    public RecordedErasure request(
            Caller caller, @Nullable String entries, @Nullable String transferTo, @Nullable String confirmation) {
        String id = erased.pseudonymOf(caller.userId());
        if (store.exists(id)) {
            throw alreadyErased();
        }
        AccountErased event = ErasureRules.request(
                caller.userId(),
                caller.email(),
                entries,
                transferTo,
                confirmation,
                recipients::verifiedAccountWithAddress,
                clock.instant());
        if (!store.insert(id, event)) {
            // Two requests at once: the other was recorded first.
            throw alreadyErased();
        }
        meters.counter(
                        "wsis.notification.erasures.requested",
                        "entries",
                        event.entries().name())
                .increment();
        return new RecordedErasure(event.occurredAt(), event.entries());
    }

    /** The caller's erasure, if they asked for one. */
    public Optional<RecordedErasure> of(String accountId) {
        return store.find(erased.pseudonymOf(accountId));
    }

    /**
     * What this service holds about the erased person goes: first the record that they are erased (so
     * that from then on nothing names them again: no recipient is recorded, no mail is queued or sent),
     * then their address, name, language and preferences, their digests, and what the delivery log says
     * about them (anonymised: its counts stay). Their entries and nominees pass to the person they chose,
     * or lose their owner. Every step finds what it changes by the account, so a second delivery, or the
     * erasure of an account this service never knew, changes nothing.
     */
    public void on(AccountErased event) {
        String accountId = event.accountId();
        String pseudonym = erased.pseudonymOf(accountId);
        erased.record(accountId);
        recipients.erase(accountId, event.transferTo());
        digests.erase(accountId);
        int anonymised = deliveries.erase(accountId, pseudonym);
        // Someone else's erasure may have named this person as the receiver of their entries.
        store.receiverErased(accountId, pseudonym);
        meters.counter(
                        "wsis.notification.erasures.applied",
                        "entries",
                        event.entries().name())
                .increment();
        log.info("Erased account {}: {} deliveries kept anonymously", pseudonym, anonymised);
    }

    private static AccountErasedRefusal alreadyErased() {
        return new AccountErasedRefusal("This account was erased already.");
    }
}
