package org.wsis.contracts.convening;

import org.wsis.contracts.Recipient;

/**
 * What happens to a convenor's profile, one of its issues, an event of the global calendar or a proposed
 * workshop, each moderated before it is public, keyed by the item's id. {@code revision} counts the item's submissions: a decision applies to the revision it was
 * taken on, never to a later one.
 */
public sealed interface ConveningItemEvent extends ConveningEvent
        permits ConveningItemSubmitted, ConveningItemPublished, ConveningItemReturned, ConveningItemWithdrawn {

    /** What kind of item the event is about. */
    enum ItemKind {
        /** A convenor's profile: who they are. */
        CONVENOR,
        /** An issue a convenor intends to address in a year. */
        ISSUE,
        /** An event listed in the global events calendar by any stakeholder. */
        EVENT,
        /** A thematic workshop a convenor proposes for a venue's programme; reviewed by the programme's admins. */
        WORKSHOP,
        /** What came out of a workshop, written by its convenors: its key challenges and follow-up mechanisms. */
        OUTCOME
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
