package org.wsis.contracts.community;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A post of the forum left public view for good: a moderator removed it after flags, or its author
 * withdrew it. It can no longer be flagged.
 *
 * @param removedBy the moderator who decided, or the author
 * @param reasonCode the moderation reason's code, when a moderator removed it
 */
public record ForumPostRemoved(
        UUID eventId,
        Instant occurredAt,
        String postId,
        String threadId,
        String authorId,
        String removedBy,
        @Nullable String reasonCode)
        implements CommunityEvent {

    @Override
    public String aggregateId() {
        return postId;
    }
}
