package org.wsis.contracts.moderation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A moderator decided a queue item.
 *
 * @param itemId the queue item
 * @param subjectType what was moderated
 * @param subjectId the entry or nomination id
 * @param subjectRevision the revision of the subject that was reviewed
 * @param decision the outcome
 * @param reasonCode a code from the moderation service's fixed list
 * @param messageToAuthor what the author reads; required unless approved
 * @param moderatorId who decided
 */
public record ModerationDecided(
        UUID eventId,
        Instant occurredAt,
        String itemId,
        SubjectType subjectType,
        String subjectId,
        int subjectRevision,
        Decision decision,
        String reasonCode,
        @Nullable String messageToAuthor,
        String moderatorId)
        implements ModerationEvent {

    public enum SubjectType {
        ENTRY,
        NOMINATION
    }

    public enum Decision {
        APPROVED,
        CHANGES_REQUESTED,
        REJECTED
    }

    @Override
    public String aggregateId() {
        return subjectId;
    }
}
