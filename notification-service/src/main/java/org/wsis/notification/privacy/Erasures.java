package org.wsis.notification.privacy;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.wsis.contracts.account.AccountErased;
import org.wsis.contracts.account.AccountErased.EntriesChoice;
import org.wsis.notification.delivery.Deliveries;
import org.wsis.notification.digest.Digests;
import org.wsis.notification.preference.Recipients;
import org.wsis.notification.preference.domain.AccountErasedRefusal;
import org.wsis.notification.privacy.domain.ErasureRules;
import org.wsis.servicekit.outbox.AggregateDocuments;
import org.wsis.servicekit.privacy.ErasedAccounts;
import org.wsis.servicekit.security.Caller;

/**
 * The erasure of people's accounts. This service records the request and announces it: one insert into
 * {@value #COLLECTION} holds the request and its {@link AccountErased} in the outbox, so the request is
 * never recorded without being announced, and the outbox relay publishes it on {@code wsis.account.v1},
 * which every service consumes, this one included ({@link #on(AccountErased)}).
 *
 * <p>The record is kept under the account's pseudonym, not its id: once the event is published, it says
 * that an account was erased, when, and what became of its entries, and no longer which account it was.
 * A second request of the same account finds the record and is refused.
 */
@Service
public class Erasures {

    public static final String COLLECTION = "erasures";

    private static final Logger log = LoggerFactory.getLogger(Erasures.class);

    /** An erasure as recorded: when it was asked for and what became of the entries. */
    public record Recorded(Instant requestedAt, EntriesChoice entries) {}

    private final MongoOperations mongo;
    private final AggregateDocuments documents;
    private final ErasedAccounts erased;
    private final Recipients recipients;
    private final Deliveries deliveries;
    private final Digests digests;
    private final MeterRegistry meters;
    private final Clock clock;

    public Erasures(
            MongoOperations mongo,
            AggregateDocuments documents,
            ErasedAccounts erased,
            Recipients recipients,
            Deliveries deliveries,
            Digests digests,
            MeterRegistry meters,
            Clock clock) {
        this.mongo = mongo;
        this.documents = documents;
        this.erased = erased;
        this.recipients = recipients;
        this.deliveries = deliveries;
        this.digests = digests;
        this.meters = meters;
        this.clock = clock;
    }

    /** Records the caller's request and its announcement; refused when it is wrong or was made before. */
    public Recorded request(
            Caller caller, @Nullable String entries, @Nullable String transferTo, @Nullable String confirmation) {
        String id = erased.pseudonymOf(caller.userId());
        if (mongo.exists(new Query(Criteria.where("_id").is(id)), COLLECTION)) {
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
        Document state = new Document("requestedAt", Date.from(event.occurredAt()))
                .append("entries", event.entries().name())
                .append(
                        "transferToId",
                        event.transferTo() == null ? null : event.transferTo().userId());
        try {
            documents.insert(COLLECTION, id, state, List.of(event));
        } catch (DuplicateKeyException twoAtOnce) {
            throw alreadyErased();
        }
        meters.counter(
                        "wsis.notification.erasures.requested",
                        "entries",
                        event.entries().name())
                .increment();
        return new Recorded(event.occurredAt(), event.entries());
    }

    /** The caller's erasure, if they asked for one. */
    public Optional<Recorded> of(String accountId) {
        return Optional.ofNullable(mongo.findById(erased.pseudonymOf(accountId), Document.class, COLLECTION))
                .map(d -> new Recorded(
                        d.getDate("requestedAt").toInstant(), EntriesChoice.valueOf(d.getString("entries"))));
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
        mongo.updateMulti(
                new Query(Criteria.where("transferToId").is(accountId)),
                new Update().set("transferToId", pseudonym),
                COLLECTION);
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
