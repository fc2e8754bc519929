package org.wsis.moderation.queue.web;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wsis.moderation.flag.domain.RecordedFlag;
import org.wsis.moderation.queue.domain.AuditRecord;
import org.wsis.moderation.queue.domain.QueueItem;

/**
 * A queue item as moderators see it. {@code ownItem} says the moderator asking wrote what it is about,
 * so it is not theirs to claim or decide.
 */
public record ItemView(
        String id,
        String kind,
        String subjectType,
        String subjectId,
        int revision,
        String title,
        String authorId,
        List<String> actionLines,
        Instant createdAt,
        String state,
        @Nullable String claimedBy,
        @Nullable Instant leaseUntil,
        int flagCount,
        @Nullable String appealMessage,
        @Nullable String decision,
        @Nullable String reasonCode,
        @Nullable String messageToAuthor,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        long version,
        boolean ownItem) {

    static ItemView of(QueueItem item, int flagCount, String viewerId) {
        QueueItem.Snapshot s = item.snapshot();
        return new ItemView(
                s.id(),
                s.kind().name(),
                s.subjectType().name(),
                s.subjectId(),
                s.revision(),
                s.title(),
                s.authorId(),
                s.actionLines(),
                s.createdAt(),
                s.state().name(),
                s.claimedBy(),
                s.leaseUntil(),
                flagCount,
                s.appealMessage(),
                s.decision() == null ? null : s.decision().name(),
                s.reasonCode() == null ? null : s.reasonCode().name(),
                s.messageToAuthor(),
                s.decidedBy(),
                s.decidedAt(),
                s.version() == null ? 0 : s.version(),
                item.isAuthoredBy(viewerId));
    }

    /** An audit line as served. */
    public record AuditLine(
            String action, String by, Instant at, @Nullable String detail) {
        static AuditLine of(AuditRecord r) {
            return new AuditLine(r.action().name(), r.by(), r.at(), r.detail());
        }
    }

    /**
     * A flag on the entry as moderators see it: who raised it, why, and whether it counted towards hiding
     * the entry ({@code notCountedBecause} says why not).
     */
    public record FlagLine(
            String accountId,
            String displayName,
            String reason,
            @Nullable String text,
            Instant at,
            boolean counted,
            @Nullable String notCountedBecause) {
        static FlagLine of(RecordedFlag flag) {
            return new FlagLine(
                    flag.userId(),
                    flag.displayName(),
                    flag.reason().name(),
                    flag.text(),
                    flag.at(),
                    flag.weight().counts(),
                    flag.weight().counts() ? null : flag.weight().name());
        }
    }
}
