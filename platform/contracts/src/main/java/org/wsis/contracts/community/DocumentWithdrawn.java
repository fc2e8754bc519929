package org.wsis.contracts.community;

import java.time.Instant;
import java.util.UUID;

/**
 * Its uploader took a document of the global repository back, waiting for moderation or public: it leaves the
 * moderation queue and public view.
 *
 * @param documentId the document; the record key
 */
public record DocumentWithdrawn(UUID eventId, Instant occurredAt, String documentId) implements CommunityEvent {

    @Override
    public String aggregateId() {
        return documentId;
    }
}
