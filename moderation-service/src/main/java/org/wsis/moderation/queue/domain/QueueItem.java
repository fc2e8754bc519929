package org.wsis.moderation.queue.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.contracts.moderation.ModerationDecided.Decision;
import org.wsis.contracts.moderation.ModerationDecided.SubjectType;

/**
 * One thing to moderate: a revision of an entry (later also a prize nomination). Its id is derived
 * from the subject and revision, so the event that creates it can be delivered twice and still make
 * one item.
 */
public final class QueueItem {

    private final String id;
    private final SubjectType subjectType;
    private final String subjectId;
    private final int revision;
    private final String title;
    private final String authorId;
    private final Instant createdAt;
    private ItemState state;
    private @Nullable Decision decision;
    private @Nullable ReasonCode reasonCode;
    private @Nullable String messageToAuthor;
    private @Nullable String decidedBy;
    private @Nullable Instant decidedAt;
    private final @Nullable Long version;
    private final List<ModerationDecided> pendingEvents = new ArrayList<>();

    private QueueItem(
            String id,
            SubjectType subjectType,
            String subjectId,
            int revision,
            String title,
            String authorId,
            Instant createdAt,
            ItemState state,
            @Nullable Decision decision,
            @Nullable ReasonCode reasonCode,
            @Nullable String messageToAuthor,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            @Nullable Long version) {
        this.id = id;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.revision = revision;
        this.title = title;
        this.authorId = authorId;
        this.createdAt = createdAt;
        this.state = state;
        this.decision = decision;
        this.reasonCode = reasonCode;
        this.messageToAuthor = messageToAuthor;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.version = version;
    }

    public static String idFor(SubjectType type, String subjectId, int revision) {
        return type.name().toLowerCase(java.util.Locale.ROOT) + ":" + subjectId + ":" + revision;
    }

    public static QueueItem forEntry(String entryId, int revision, String title, String authorId, Instant now) {
        return new QueueItem(
                idFor(SubjectType.ENTRY, entryId, revision),
                SubjectType.ENTRY,
                entryId,
                revision,
                title,
                authorId,
                now,
                ItemState.PENDING,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    public static QueueItem restore(
            String id,
            SubjectType subjectType,
            String subjectId,
            int revision,
            String title,
            String authorId,
            Instant createdAt,
            ItemState state,
            @Nullable Decision decision,
            @Nullable ReasonCode reasonCode,
            @Nullable String messageToAuthor,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            @Nullable Long version) {
        return new QueueItem(
                id,
                subjectType,
                subjectId,
                revision,
                title,
                authorId,
                createdAt,
                state,
                decision,
                reasonCode,
                messageToAuthor,
                decidedBy,
                decidedAt,
                version);
    }

    /**
     * A moderator decides. Approval needs no message; a request for changes or a rejection must tell
     * the author why, in words.
     */
    public void decide(
            String moderatorId, Decision decision, ReasonCode reason, @Nullable String message, Instant now) {
        if (state != ItemState.PENDING) {
            throw new ModerationRefused(
                    "not-pending", "This item is " + state + "; only pending items can be decided.");
        }
        String text = message == null ? null : message.strip();
        if (decision != Decision.APPROVED && (text == null || text.isEmpty())) {
            throw new ModerationRefused(
                    "message-required",
                    "Tell the author what to change or why it was rejected: a message is required.");
        }
        this.state = ItemState.DECIDED;
        this.decision = decision;
        this.reasonCode = reason;
        this.messageToAuthor = text == null || text.isEmpty() ? null : text;
        this.decidedBy = moderatorId;
        this.decidedAt = now;
        pendingEvents.add(new ModerationDecided(
                UUID.randomUUID(),
                now,
                id,
                subjectType,
                subjectId,
                revision,
                decision,
                reason.name(),
                messageToAuthor,
                moderatorId));
    }

    /** The subject was withdrawn: a pending item leaves the queue; a decided one keeps its record. */
    public boolean closeBecauseWithdrawn() {
        if (state != ItemState.PENDING) {
            return false;
        }
        state = ItemState.CLOSED;
        return true;
    }

    public List<ModerationDecided> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    public String id() {
        return id;
    }

    public SubjectType subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    public int revision() {
        return revision;
    }

    public String title() {
        return title;
    }

    public String authorId() {
        return authorId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public ItemState state() {
        return state;
    }

    public @Nullable Decision decision() {
        return decision;
    }

    public @Nullable ReasonCode reasonCode() {
        return reasonCode;
    }

    public @Nullable String messageToAuthor() {
        return messageToAuthor;
    }

    public @Nullable String decidedBy() {
        return decidedBy;
    }

    public @Nullable Instant decidedAt() {
        return decidedAt;
    }

    public @Nullable Long version() {
        return version;
    }
}
