package org.wsis.contracts.entry;

import org.wsis.contracts.DomainEvent;
import org.wsis.contracts.Recipient;

/**
 * The stream of a stocktaking entry's lifecycle, on {@code wsis.entry.v1}, keyed by entry id.
 * {@code revision} counts submissions of the entry: a decision applies to the revision it was taken
 * on, never to a later one.
 */
public sealed interface EntryEvent extends DomainEvent
        permits EntrySubmitted, EntryPublished, EntryReturnedForChanges, EntryRejected, EntryWithdrawn {

    String entryId();

    int revision();

    String title();

    Recipient owner();

    @Override
    default String aggregateId() {
        return entryId();
    }
}
