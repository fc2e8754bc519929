package org.wsis.contracts.moderation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A moderator decided a queue item.
 *
 * @param itemId the queue item
 * @param subjectType what was moderated
 * @param subjectId the entry, nomination, convenor or issue id
 * @param subjectRevision the revision of the subject that was reviewed
 * @param decision the outcome
 * @param reasonCode a code from the moderation service's fixed list
 * @param messageToAuthor what the author reads; required unless approved
 * @param moderatorId who decided
 * @param itemKind why the item was in the queue: a review of a submission (absent in older records), an
 *     entry flagged by the community, or an appeal against a rejection
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
        String moderatorId,
        @Nullable ItemKind itemKind)
        implements ModerationEvent {

    /** Why an item is in the queue. */
    public enum ItemKind {
        /** A submission or a new revision to review. */
        REVIEW,
        /** A published entry or a forum post that the community flagged past the threshold. */
        FLAGGED,
        /** The author appeals a rejection. */
        APPEAL
    }

    /** The kind, with records from before the field existed read as reviews. */
    public ItemKind kind() {
        return itemKind == null ? ItemKind.REVIEW : itemKind;
    }

    public enum SubjectType {
        ENTRY,
        NOMINATION,
        /** A convenor's profile (OpenWSIS convening). */
        CONVENOR,
        /** An issue a convenor addresses (OpenWSIS convening). */
        CONVENOR_ISSUE,
        /** An event of the global events calendar. */
        CALENDAR_EVENT,
        /** A thematic workshop proposed for a venue's programme (decided by the programme's admins). */
        WORKSHOP,
        /** The outcome of a workshop, as its convenors wrote it. */
        WORKSHOP_OUTCOME,
        /** A post of the forum, flagged by the community. */
        FORUM_POST,
        /** A document of the global repository, before it is public. */
        DOCUMENT
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
