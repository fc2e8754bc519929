package org.wsis.convening.publication.domain;

import java.time.Instant;
import java.util.UUID;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.convening.ConveningItemEvent.ItemKind;
import org.wsis.contracts.convening.ConveningItemReturned;

/** What a moderator's decision that did not approve an item announces to the person who submitted it. */
public final class Decisions {

    private Decisions() {}

    /**
     * The item came back to its owner: {@code publication} is where the decision left it (changes
     * requested, or rejected).
     */
    public static ConveningItemReturned returned(
            ItemKind kind, String id, Publication<?> publication, String title, Recipient owner, Instant now) {
        return new ConveningItemReturned(
                UUID.randomUUID(),
                now,
                kind,
                id,
                publication.revision(),
                title,
                publication.status() == PublicationStatus.REJECTED
                        ? ConveningItemReturned.Outcome.REJECTED
                        : ConveningItemReturned.Outcome.CHANGES_REQUESTED,
                publication.messageFromModerator() == null ? "" : publication.messageFromModerator(),
                publication.published() != null,
                owner);
    }
}
