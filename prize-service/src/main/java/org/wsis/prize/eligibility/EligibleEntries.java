package org.wsis.prize.eligibility;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.contracts.entry.EntryWithdrawn;
import org.wsis.prize.eligibility.domain.EligibleEntry;
import org.wsis.prize.eligibility.mongo.EligibleEntryStore;

/**
 * The entries that may be nominated, kept from the entry stream. A redelivered or out-of-order event
 * never replaces newer data: the store writes conditionally on the entry's revision.
 */
@Service
public class EligibleEntries {

    private final EligibleEntryStore store;

    public EligibleEntries(EligibleEntryStore store) {
        this.store = store;
    }

    public void on(EntryPublished event) {
        store.on(event);
    }

    public void on(EntryWithdrawn event) {
        store.on(event);
    }

    /**
     * The owner of published entries erased their account: the entries pass to the person they named, or
     * leave (the withdrawal that submission-service announces for each would remove them too; this does
     * not wait for it).
     */
    public void ownerErased(String accountId, @Nullable String receiverId) {
        store.ownerErased(accountId, receiverId);
    }

    /** A rejection or request for changes that leaves no revision public ends the entry's eligibility. */
    public void unpublished(String entryId) {
        store.unpublished(entryId);
    }

    public Optional<EligibleEntry> find(String entryId) {
        return store.find(entryId);
    }

    /** A page of the eligible entries, by title. */
    public List<EligibleEntry> page(int page, int size) {
        return store.page(page, size);
    }
}
