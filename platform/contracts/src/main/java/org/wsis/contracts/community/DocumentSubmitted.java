package org.wsis.contracts.community;

import java.time.Instant;
import java.util.UUID;

/**
 * A document of the global repository was sent for moderation (first, or again after a rejection): it is
 * public only once a moderator approves it ({@code ModerationDecided} on a {@code DOCUMENT}).
 *
 * @param documentId the document; the record key
 * @param revision 1 when first sent, one more each time it is sent again
 * @param kind {@code REPORT}, {@code CASE_STUDY}, {@code SUCCESS_STORY}, {@code PRESENTATION}, {@code PICTURE},
 *     {@code LOGO} (an entry's, shared by its owner) or {@code OTHER}
 * @param contentType the file's type, read from its bytes
 * @param size the file's size in bytes
 * @param uploaderId the account that uploaded it, which never decides it (its address stays in the community
 *     service: the uploader reads the outcome on the portal)
 */
public record DocumentSubmitted(
        UUID eventId,
        Instant occurredAt,
        String documentId,
        int revision,
        String title,
        String kind,
        String contentType,
        long size,
        String uploaderId)
        implements CommunityEvent {

    @Override
    public String aggregateId() {
        return documentId;
    }
}
