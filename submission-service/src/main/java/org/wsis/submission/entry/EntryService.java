package org.wsis.submission.entry;

import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.account.AccountErased;
import org.wsis.contracts.moderation.EntryHiddenPendingReview;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.servicekit.privacy.ErasedAccounts;
import org.wsis.servicekit.problem.Refusal;
import org.wsis.servicekit.security.Caller;
import org.wsis.submission.entry.domain.Entry;
import org.wsis.submission.entry.domain.EntryDetails;
import org.wsis.submission.entry.domain.EntryRuleViolation;
import org.wsis.submission.entry.mongo.EntryStore;

/** Loads an entry, asks it to change, saves it with its events. */
@Service
public class EntryService {

    private final EntryStore store;
    private final ErasedAccounts erased;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public EntryService(EntryStore store, ErasedAccounts erased, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.erased = erased;
        this.clock = clock;
        this.events = events;
    }

    private void save(Entry entry) {
        store.save(entry);
        events.publishEvent(new EntrySaved(entry.id()));
    }

    public Entry createDraft(Caller caller, EntryDetails details) {
        if (erased.isErased(caller.userId())) {
            throw new EntryRuleViolation("account-erased", "This account was erased; it registers no entries.");
        }
        Recipient owner = new Recipient(caller.userId(), caller.email(), caller.displayName(), caller.locale());
        Entry entry = Entry.draft(UUID.randomUUID().toString(), owner, details, clock.instant());
        save(entry);
        return reload(entry.id());
    }

    /** What {@code caller} may see: the owner sees everything of theirs, others only published entries. */
    public Entry read(String id, @Nullable Caller caller) {
        Entry entry = store.find(id).orElseThrow(() -> Refusal.notFound("Entry " + id));
        boolean owner = caller != null && entry.isOwnedBy(caller.userId());
        if (!owner && !entry.isPublic()) {
            throw Refusal.notFound("Entry " + id);
        }
        return entry;
    }

    public Entry edit(String id, Caller caller, @Nullable Long expectedVersion, EntryDetails details) {
        Entry entry = ownedBy(id, caller, expectedVersion);
        entry.edit(details, clock.instant());
        save(entry);
        return reload(id);
    }

    public Entry submit(String id, Caller caller, @Nullable Long expectedVersion) {
        Entry entry = ownedBy(id, caller, expectedVersion);
        entry.submit(clock.instant());
        save(entry);
        return reload(id);
    }

    public Entry withdraw(String id, Caller caller, @Nullable Long expectedVersion) {
        Entry entry = ownedBy(id, caller, expectedVersion);
        entry.withdraw(clock.instant());
        save(entry);
        return reload(id);
    }

    /** Applies a moderation decision; a decision for another revision, or one already applied, changes nothing. */
    public void on(ModerationDecided decision) {
        if (decision.subjectType() != ModerationDecided.SubjectType.ENTRY) {
            return;
        }
        store.find(decision.subjectId()).ifPresent(entry -> {
            if (entry.apply(decision, clock.instant())) {
                save(entry);
            }
        });
    }

    /** Community flags reached the threshold: the entry leaves public view until decided. */
    public void on(EntryHiddenPendingReview event) {
        store.find(event.entryId()).ifPresent(entry -> {
            if (entry.hidePendingReview(event.revision(), clock.instant())) {
                save(entry);
            }
        });
    }

    /** Every entry of the caller, in every status, for their export. */
    public java.util.List<Entry> ownedBy(Caller caller) {
        return store.ownedBy(caller.userId());
    }

    /**
     * The owner erased their account: each of their entries is withdrawn (and so leaves search and
     * moderation) or passes to the person they chose, and keeps nothing that names them. Entries are
     * found by their owner, so a second delivery of the erasure, or the erasure of someone who owns
     * nothing, finds nothing to change.
     */
    public void on(AccountErased event) {
        erased.record(event.accountId());
        Recipient anonymous = new Recipient(erased.pseudonymOf(event.accountId()), "", "", null);
        for (Entry entry : store.ownedBy(event.accountId())) {
            entry.ownerErased(event.entries(), event.transferTo(), anonymous, clock.instant());
            save(entry);
        }
    }

    private Entry ownedBy(String id, Caller caller, @Nullable Long expectedVersion) {
        Entry entry = store.find(id).orElseThrow(() -> Refusal.notFound("Entry " + id));
        if (!entry.isOwnedBy(caller.userId())) {
            throw entry.isPublic()
                    ? Refusal.notPermitted("Only the owner of an entry may change it.")
                    : Refusal.notFound("Entry " + id);
        }
        if (expectedVersion != null && !expectedVersion.equals(entry.version())) {
            throw Refusal.staleVersion();
        }
        return entry;
    }

    private Entry reload(String id) {
        return store.find(id).orElseThrow(() -> Refusal.notFound("Entry " + id));
    }
}
