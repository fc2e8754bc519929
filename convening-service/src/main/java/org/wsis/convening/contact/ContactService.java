package org.wsis.convening.contact;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.wsis.contracts.convening.ContactAccepted;
import org.wsis.convening.contact.domain.Contact;
import org.wsis.convening.contact.domain.ContactRefused;
import org.wsis.convening.contact.domain.TooManyContactRequests;
import org.wsis.convening.contact.mongo.ContactAllowances;
import org.wsis.convening.contact.mongo.ContactStore;
import org.wsis.convening.convenor.ConvenorService;
import org.wsis.convening.convenor.domain.Convenor;
import org.wsis.convening.convenor.domain.ConvenorDetails;
import org.wsis.convening.convenor.mongo.ConvenorStore;
import org.wsis.convening.issue.domain.Issue;
import org.wsis.convening.issue.mongo.IssueStore;
import org.wsis.convening.publication.Callers;
import org.wsis.servicekit.problem.Refusal;
import org.wsis.servicekit.security.Caller;

/**
 * Convenors asking each other to connect about an issue. A manager asks on behalf of a public convenor of
 * theirs, about a public issue of another; the other's managers accept, decline or block. Only an
 * acceptance is ever told to the asker; only then do both see each other's contact details.
 */
@Service
public class ContactService {

    private final ContactStore store;
    private final ConvenorService convenors;
    private final ConvenorStore convenorStore;
    private final IssueStore issues;
    private final ContactAllowances allowances;
    private final Clock clock;
    private final Duration expiry;
    private final int perDay;

    public ContactService(
            ContactStore store,
            ConvenorService convenors,
            ConvenorStore convenorStore,
            IssueStore issues,
            ContactAllowances allowances,
            Clock clock,
            ContactSettings settings) {
        this.store = store;
        this.allowances = allowances;
        this.convenors = convenors;
        this.convenorStore = convenorStore;
        this.issues = issues;
        this.clock = clock;
        this.expiry = settings.expiry();
        this.perDay = settings.perDay();
    }

    public Duration expiry() {
        return expiry;
    }

    public Instant now() {
        return clock.instant();
    }

    /** The caller, for a public convenor of theirs, asks the convenor of a public issue to connect. */
    public Contact request(Caller caller, String fromConvenorId, String issueId, String message) {
        Convenor from = convenors.managedBy(fromConvenorId, caller);
        if (!from.isPublic()) {
            throw new ContactRefused(
                    "convenor-not-public", "Your convenor's profile must be public before it asks others to connect.");
        }
        Issue issue = issues.find(issueId).orElseThrow(() -> Refusal.notFound("Issue " + issueId));
        Convenor to = convenorStore.find(issue.convenorId()).orElseThrow(() -> Refusal.notFound("Issue " + issueId));
        if (!issue.publication().isPublic() || !to.isPublic()) {
            throw Refusal.notFound("Issue " + issueId);
        }
        if (to.id().equals(from.id())) {
            throw new ContactRefused("own-convenor", "A convenor does not ask itself to connect.");
        }
        Instant now = clock.instant();
        Contact.Request request = new Contact.Request(
                from.id(),
                from.name(),
                to.id(),
                to.name(),
                issue.id(),
                issue.publication().publicDetails().orElseThrow().title(),
                message,
                Callers.recipient(caller));
        boolean blocked = store.isBlocked(to.id(), from.id());
        Contact contact = store.find(Contact.pairOf(from.id(), to.id()))
                .map(existing -> {
                    existing.renew(request, to.managers(), blocked, expiry, now);
                    return existing;
                })
                .orElseGet(() -> Contact.request(request, to.managers(), blocked, now));
        // A request the rules accept takes one of the day's allowance, atomically: requests made at the same
        // moment cannot both take the last one. A refused request takes none.
        Optional<Instant> full = allowances.take(from.id(), now, Duration.ofDays(1), perDay);
        if (full.isPresent()) {
            Duration wait = Duration.between(now, full.get());
            throw new TooManyContactRequests(perDay, wait.isNegative() ? Duration.ofSeconds(1) : wait);
        }
        try {
            store.save(contact);
        } catch (DuplicateKeyException askedAtTheSameMoment) {
            throw new ContactRefused("request-pending", "A request between these convenors was made a moment ago.");
        }
        return reload(contact.id());
    }

    /** A convenor's requests made and received, for one of its managers. */
    public List<Contact> of(String convenorId, Caller caller) {
        convenors.managedBy(convenorId, caller);
        return store.ofConvenor(convenorId);
    }

    /** The asked convenor's manager accepts: each side's contact details go to the other. */
    public Contact accept(String contactId, Caller caller) {
        Contact contact = asked(contactId, caller);
        Convenor from = convenorStore.find(contact.state().fromConvenorId()).orElseThrow();
        Convenor to = convenorStore.find(contact.state().toConvenorId()).orElseThrow();
        contact.accept(party(from), party(to), expiry, clock.instant());
        store.save(contact);
        return reload(contactId);
    }

    public Contact decline(String contactId, Caller caller) {
        Contact contact = asked(contactId, caller);
        contact.decline(expiry, clock.instant());
        store.save(contact);
        return reload(contactId);
    }

    /** Declines, and the asking convenor's requests are declined silently from now on. */
    public Contact block(String contactId, Caller caller) {
        Contact contact = asked(contactId, caller);
        Instant now = clock.instant();
        contact.decline(expiry, now);
        store.block(contact.state().toConvenorId(), contact.state().fromConvenorId(), now);
        store.save(contact);
        return reload(contactId);
    }

    /** A convenor's current contact details (its managers keep them up to date). */
    public ConvenorDetails.Contact contactOf(String convenorId) {
        return convenorStore
                .find(convenorId)
                .map(c -> c.publication().working().contact())
                .orElse(ConvenorDetails.Contact.NONE);
    }

    private Contact asked(String contactId, Caller caller) {
        Contact contact = store.find(contactId).orElseThrow(() -> Refusal.notFound("Contact " + contactId));
        Convenor asked = convenorStore.find(contact.state().toConvenorId()).orElseThrow();
        if (!asked.isManagedBy(caller.userId()) || !contact.awaitsAnswer(expiry, clock.instant())) {
            // The asker, a stranger, and a request declined silently alike: nothing to answer here.
            throw Refusal.notFound("Contact " + contactId);
        }
        return contact;
    }

    private static ContactAccepted.Party party(Convenor convenor) {
        ConvenorDetails.Contact contact = convenor.publication().working().contact();
        return new ContactAccepted.Party(
                convenor.id(), convenor.name(), contact.name(), contact.email(), contact.phone(), convenor.managers());
    }

    private Contact reload(String id) {
        return store.find(id).orElseThrow(() -> Refusal.notFound("Contact " + id));
    }
}
