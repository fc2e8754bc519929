package org.wsis.prize.review.domain;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one expert did about one nomination: their scores and total with a comment, or a recusal with its
 * reason (and the conflict, when it was recorded on their behalf); nothing yet when all are empty.
 */
public record Review(
        String nominationId,
        String expertId,
        @Nullable Map<Criterion, Integer> scores,
        @Nullable Integer total,
        @Nullable String comment,
        boolean recused,
        @Nullable String recusalReason,
        @Nullable Conflict conflict) {

    /** An expert who has neither scored nor recused themselves. */
    public static Review none(String nominationId, String expertId) {
        return new Review(nominationId, expertId, null, null, null, false, null, null);
    }
}
