package org.wsis.moderation.flag.domain;

import java.util.List;
import org.wsis.contracts.moderation.ModerationDecided.SubjectType;

/**
 * Something now public that the community may flag, as far as this service knows: a stocktaking entry or a
 * post of the forum, and by whom it may not be flagged (its author).
 *
 * @param subjectType {@code ENTRY} or {@code FORUM_POST}
 * @param subjectId the entry's or the post's id
 */
public record PublishedEntry(
        SubjectType subjectType,
        String subjectId,
        int revision,
        String title,
        String authorId,
        List<String> actionLines) {

    /** How flags name the thing: an entry by its id (as always), a post by its id after {@code forum-post:}. */
    public String key() {
        return keyOf(subjectType, subjectId);
    }

    public static String keyOf(SubjectType subjectType, String subjectId) {
        return subjectType == SubjectType.FORUM_POST ? "forum-post:" + subjectId : subjectId;
    }

    /** Whether the thing is a post of the forum. */
    public boolean isPost() {
        return subjectType == SubjectType.FORUM_POST;
    }
}
