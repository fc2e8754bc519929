package org.wsis.notification.routing.domain;

import org.wsis.contracts.Recipient;

/** Who a notice goes to: a person named in the event, or people the service knows from earlier events. */
public sealed interface Audience {

    /** The person the event names. */
    record Person(Recipient recipient) implements Audience {}

    /** The owner of an entry, known from the entry's own events. */
    record EntryOwner(String entryId) implements Audience {}

    /** The owners of an edition's nominees, one mail each however many nominees they have. */
    record NomineeOwners(int edition) implements Audience {}

    /** Every moderator. */
    record Moderators() implements Audience {}
}
