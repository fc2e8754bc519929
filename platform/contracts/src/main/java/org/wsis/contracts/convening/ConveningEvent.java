package org.wsis.contracts.convening;

import org.wsis.contracts.DomainEvent;
import org.wsis.contracts.Recipient;

/**
 * The stream of the OpenWSIS convening, on {@code wsis.convening.v1}, keyed by the item's id: a convenor's
 * profile or one of the issues it addresses, each moderated before it is public. {@code revision} counts
 * the item's submissions: a decision applies to the revision it was taken on, never to a later one.
 */
public sealed interface ConveningEvent extends DomainEvent
        permits ConveningItemSubmitted, ConveningItemPublished, ConveningItemWithdrawn {

    /** What kind of item the event is about. */
    enum ItemKind {
        /** A convenor's profile: who they are. */
        CONVENOR,
        /** An issue a convenor intends to address in a year. */
        ISSUE
    }

    ItemKind item();

    String itemId();

    int revision();

    String title();

    Recipient owner();

    @Override
    default String aggregateId() {
        return itemId();
    }
}
