package org.wsis.moderation.queue.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.DomainEvent;
import org.wsis.contracts.moderation.EntryHiddenPendingReview;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.contracts.moderation.ModerationDecided.Decision;
import org.wsis.contracts.moderation.ModerationDecided.ItemKind;
import org.wsis.contracts.moderation.ModerationDecided.SubjectType;
import org.wsis.moderation.queue.domain.AuditRecord.Action;

/**
 * One thing to moderate: a revision of an entry to review, a published entry the community flagged,
 * or an author's appeal against a rejection (later also prize nominations). Its id is derived from
 * what it is about, so the event that creates it can arrive twice and still make one item.
 *
 * <p>A moderator claims an item under a lease; only the claimant may decide while the lease runs; an
 * expired lease returns the item to the queue. Every move is appended to the item's audit trail. The
 * store saves an item only at the version it was loaded at, so of two moderators claiming at the same
 * instant exactly one succeeds.
 */
public final class QueueItem {

    public static final String SYSTEM = "system";

    private final String id;
    private final ItemKind kind;
    private final SubjectType subjectType;
    private final String subjectId;
    private final int revision;
    private final String title;
    private String authorId;
    private final List<String> actionLines;
    private final Instant createdAt;
    private @Nullable String appealMessage;
    private final @Nullable String rejectedBy;
    private ItemState state;
    private @Nullable String claimedBy;
    private @Nullable Instant leaseUntil;
    private @Nullable Decision decision;
    private @Nullable ReasonCode reasonCode;
    private @Nullable String messageToAuthor;
    private @Nullable String decidedBy;
    private @Nullable Instant decidedAt;
    private final List<AuditRecord> audit;
    private final @Nullable Long version;
    private final List<DomainEvent> pendingEvents = new ArrayList<>();

    /** Everything stored about an item. */
    public record Snapshot(
            String id,
            ItemKind kind,
            SubjectType subjectType,
            String subjectId,
            int revision,
            String title,
            String authorId,
            List<String> actionLines,
            Instant createdAt,
            @Nullable String appealMessage,
            @Nullable String rejectedBy,
            ItemState state,
            @Nullable String claimedBy,
            @Nullable Instant leaseUntil,
            @Nullable Decision decision,
            @Nullable ReasonCode reasonCode,
            @Nullable String messageToAuthor,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            List<AuditRecord> audit,
            @Nullable Long version) {}

    private QueueItem(Snapshot s) {
        this.id = s.id();
        this.kind = s.kind();
        this.subjectType = s.subjectType();
        this.subjectId = s.subjectId();
        this.revision = s.revision();
        this.title = s.title();
        this.authorId = s.authorId();
        this.actionLines = List.copyOf(s.actionLines());
        this.createdAt = s.createdAt();
        this.appealMessage = s.appealMessage();
        this.rejectedBy = s.rejectedBy();
        this.state = s.state();
        this.claimedBy = s.claimedBy();
        this.leaseUntil = s.leaseUntil();
        this.decision = s.decision();
        this.reasonCode = s.reasonCode();
        this.messageToAuthor = s.messageToAuthor();
        this.decidedBy = s.decidedBy();
        this.decidedAt = s.decidedAt();
        this.audit = new ArrayList<>(s.audit());
        this.version = s.version();
    }

    public static QueueItem restore(Snapshot snapshot) {
        return new QueueItem(snapshot);
    }

    public static String idFor(ItemKind kind, SubjectType type, String subjectId, int revision) {
        String prefix = kind == ItemKind.REVIEW
                ? type.name().toLowerCase(Locale.ROOT)
                : kind.name().toLowerCase(Locale.ROOT);
        return prefix + ":" + subjectId + ":" + revision;
    }

    private static QueueItem queued(
            ItemKind kind,
            SubjectType subjectType,
            String subjectId,
            int revision,
            String title,
            String authorId,
            List<String> actionLines,
            @Nullable String appealMessage,
            @Nullable String rejectedBy,
            String queuedBy,
            Instant now) {
        return new QueueItem(new Snapshot(
                idFor(kind, subjectType, subjectId, revision),
                kind,
                subjectType,
                subjectId,
                revision,
                title,
                authorId,
                actionLines,
                now,
                appealMessage,
                rejectedBy,
                ItemState.PENDING,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(new AuditRecord(Action.QUEUED, queuedBy, now, kind.name())),
                null));
    }

    /** A submitted revision of an entry, to review. */
    public static QueueItem forEntry(
            String entryId, int revision, String title, String authorId, List<String> actionLines, Instant now) {
        return queued(
                ItemKind.REVIEW,
                SubjectType.ENTRY,
                entryId,
                revision,
                title,
                authorId,
                actionLines,
                null,
                null,
                SYSTEM,
                now);
    }

    /** A prize nomination, to screen: does it belong in the competition? */
    public static QueueItem forNomination(
            String nominationId, String title, String authorId, List<String> actionLines, Instant now) {
        return queued(
                ItemKind.REVIEW,
                SubjectType.NOMINATION,
                nominationId,
                1,
                title,
                authorId,
                actionLines,
                null,
                null,
                SYSTEM,
                now);
    }

    /**
     * A published entry the community flagged past the threshold; it is hidden from the public until
     * decided, which the new item announces.
     */
    public static QueueItem flagged(
            String entryId,
            int revision,
            String title,
            String authorId,
            List<String> actionLines,
            int flagCount,
            Instant now) {
        QueueItem item = queued(
                ItemKind.FLAGGED,
                SubjectType.ENTRY,
                entryId,
                revision,
                title,
                authorId,
                actionLines,
                null,
                null,
                SYSTEM,
                now);
        item.pendingEvents.add(
                new EntryHiddenPendingReview(UUID.randomUUID(), now, entryId, revision, item.id, flagCount));
        return item;
    }

    /**
     * The author appeals this item's rejection: this item becomes {@code APPEALED} and the returned
     * appeal item goes to the queue, to be decided by someone other than the moderator who rejected.
     */
    public QueueItem appeal(String byUserId, String message, Instant now) {
        if (!authorId.equals(byUserId)) {
            throw new ModerationRefused("not-author", "Only the author of the entry may appeal its rejection.");
        }
        if (kind != ItemKind.REVIEW && kind != ItemKind.FLAGGED) {
            throw new ModerationRefused("not-appealable", "An appeal's decision is final.");
        }
        if (subjectType != SubjectType.ENTRY) {
            throw new ModerationRefused("not-appealable", "Only decisions on entries can be appealed.");
        }
        if (state == ItemState.APPEALED) {
            throw new ModerationRefused(
                    "already-appealed", "This rejection was already appealed; an entry may be appealed once.");
        }
        if (state != ItemState.DECIDED || decision != Decision.REJECTED) {
            throw new ModerationRefused("not-rejected", "Only a rejection can be appealed.");
        }
        String text = message.strip();
        if (text.isEmpty()) {
            throw new ModerationRefused(
                    "message-required", "Say why the decision should change: a message is required.");
        }
        state = ItemState.APPEALED;
        audit.add(new AuditRecord(Action.APPEALED, byUserId, now, text));
        return queued(
                ItemKind.APPEAL,
                SubjectType.ENTRY,
                subjectId,
                revision,
                title,
                authorId,
                actionLines,
                text,
                decidedBy,
                byUserId,
                now);
    }

    /**
     * A moderator takes the item for {@code lease}; refused while someone else's lease runs, and always
     * to the author of what the item is about.
     */
    public void claim(String moderatorId, Instant now, Duration lease) {
        refuseItsAuthor(moderatorId);
        if (state == ItemState.CLAIMED && !leaseExpired(now) && !moderatorId.equals(claimedBy)) {
            throw new ModerationRefused("already-claimed", "Another moderator is working on this item.");
        }
        if (state == ItemState.CLAIMED && leaseExpired(now)) {
            audit.add(new AuditRecord(Action.LEASE_EXPIRED, SYSTEM, leaseUntil, claimedBy));
        } else if (state != ItemState.PENDING && state != ItemState.CLAIMED) {
            throw new ModerationRefused(
                    "not-pending", "This item is " + state + "; only pending items can be claimed.");
        }
        state = ItemState.CLAIMED;
        claimedBy = moderatorId;
        leaseUntil = now.plus(lease);
        audit.add(new AuditRecord(Action.CLAIMED, moderatorId, now, "until " + leaseUntil));
    }

    /**
     * Every account may write entries and nominations, moderators included; nobody moderates their own,
     * nor reads who flagged it. Checked before anything else, so the author hears the one reason that no
     * wait or claim can cure.
     */
    public void refuseItsAuthor(String moderatorId) {
        if (isAuthoredBy(moderatorId)) {
            throw new ModerationRefused(
                    "own-item",
                    "This item is about your own " + subjectType.name().toLowerCase(Locale.ROOT)
                            + "; another moderator decides it.");
        }
    }

    /**
     * The claimant gives the item back to the queue. Open to an author who holds a claim taken before
     * the own-item rule, so that such an item returns to the queue at once.
     */
    public void release(String moderatorId, Instant now) {
        requireClaimedBy(moderatorId, now);
        backToQueue();
        audit.add(new AuditRecord(Action.RELEASED, moderatorId, now, null));
    }

    /** Returns an item whose lease ran out to the queue; false if it has nothing to expire. */
    public boolean expireLease(Instant now) {
        if (state != ItemState.CLAIMED || !leaseExpired(now)) {
            return false;
        }
        String holder = claimedBy;
        backToQueue();
        audit.add(new AuditRecord(Action.LEASE_EXPIRED, SYSTEM, now, holder));
        return true;
    }

    private void backToQueue() {
        state = ItemState.PENDING;
        claimedBy = null;
        leaseUntil = null;
    }

    private boolean leaseExpired(Instant now) {
        return leaseUntil != null && !now.isBefore(leaseUntil);
    }

    private void requireClaimedBy(String moderatorId, Instant now) {
        if (state != ItemState.CLAIMED || leaseExpired(now)) {
            throw new ModerationRefused(
                    "not-claimed", "Claim the item first; only the moderator holding it may do this.");
        }
        if (!moderatorId.equals(claimedBy)) {
            throw new ModerationRefused("claimed-by-another", "Another moderator holds this item.");
        }
    }

    /**
     * The claimant decides. Approval needs no message; a request for changes or a rejection must tell
     * the author why, in words. An appeal is decided by someone other than the moderator who rejected.
     * Nobody decides an item about their own work, even holding a claim from before that rule.
     */
    public void decide(
            String moderatorId, Decision decision, ReasonCode reason, @Nullable String message, Instant now) {
        refuseItsAuthor(moderatorId);
        requireClaimedBy(moderatorId, now);
        if (kind == ItemKind.APPEAL && moderatorId.equals(rejectedBy)) {
            throw new ModerationRefused(
                    "appeal-needs-another-moderator",
                    "An appeal is decided by a moderator other than the one who rejected.");
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
        this.claimedBy = null;
        this.leaseUntil = null;
        audit.add(new AuditRecord(Action.DECIDED, moderatorId, now, decision + " " + reason));
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
                moderatorId,
                kind));
    }

    /**
     * The author erased their account. The item now belongs to {@code newAuthor} (the person who
     * received their entries, or the erased account's pseudonym), and keeps no trace of what the person
     * did or wrote: their appeal's words go, and the audit lines of their own acts (queueing an appeal,
     * appealing) name the pseudonym. What moderators did stays as it was: a claim, a decision and the
     * message addressed to the author are the moderators' record. Returns false, changing nothing, for
     * an item the person did not write.
     */
    public boolean authorErased(String erasedAuthor, String pseudonym, String newAuthor) {
        if (!authorId.equals(erasedAuthor)) {
            return false;
        }
        authorId = newAuthor;
        appealMessage = null;
        audit.replaceAll(line -> line.by().equals(erasedAuthor)
                ? new AuditRecord(
                        line.action(), pseudonym, line.at(), line.action() == Action.APPEALED ? null : line.detail())
                : line);
        return true;
    }

    /** The subject was withdrawn: a waiting item leaves the queue; a decided one keeps its record. */
    public boolean closeBecauseWithdrawn(Instant now) {
        if (state != ItemState.PENDING && state != ItemState.CLAIMED) {
            return false;
        }
        backToQueue();
        state = ItemState.CLOSED;
        audit.add(new AuditRecord(Action.CLOSED, SYSTEM, now, "entry withdrawn"));
        return true;
    }

    public Snapshot snapshot() {
        return new Snapshot(
                id,
                kind,
                subjectType,
                subjectId,
                revision,
                title,
                authorId,
                actionLines,
                createdAt,
                appealMessage,
                rejectedBy,
                state,
                claimedBy,
                leaseUntil,
                decision,
                reasonCode,
                messageToAuthor,
                decidedBy,
                decidedAt,
                List.copyOf(audit),
                version);
    }

    public List<DomainEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    public String id() {
        return id;
    }

    public ItemKind kind() {
        return kind;
    }

    public String subjectId() {
        return subjectId;
    }

    public int revision() {
        return revision;
    }

    public String authorId() {
        return authorId;
    }

    /** Whether {@code userId} wrote what this item is about (the entry or the nomination). */
    public boolean isAuthoredBy(String userId) {
        return authorId.equals(userId);
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

    public @Nullable String messageToAuthor() {
        return messageToAuthor;
    }

    public List<AuditRecord> audit() {
        return List.copyOf(audit);
    }

    public @Nullable Long version() {
        return version;
    }
}
