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
import org.wsis.contracts.moderation.PostHiddenPendingReview;
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

    /** Everything stored about the item; replaced, never changed, by each move. */
    private Snapshot s;

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
            List<String> coAuthorIds,
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
            @Nullable Long version) {

        public Snapshot {
            coAuthorIds = List.copyOf(coAuthorIds);
            actionLines = List.copyOf(actionLines);
            audit = List.copyOf(audit);
        }
    }

    private QueueItem(Snapshot s) {
        this.s = s;
    }

    /** The item with these moving parts changed, the rest as it is. */
    private void move(
            ItemState state,
            @Nullable String claimedBy,
            @Nullable Instant leaseUntil,
            @Nullable Decision decision,
            @Nullable ReasonCode reasonCode,
            @Nullable String messageToAuthor,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            AuditRecord line) {
        s = new Snapshot(
                s.id(),
                s.kind(),
                s.subjectType(),
                s.subjectId(),
                s.revision(),
                s.title(),
                s.authorId(),
                s.coAuthorIds(),
                s.actionLines(),
                s.createdAt(),
                s.appealMessage(),
                s.rejectedBy(),
                state,
                claimedBy,
                leaseUntil,
                decision,
                reasonCode,
                messageToAuthor,
                decidedBy,
                decidedAt,
                appended(s.audit(), line),
                s.version());
    }

    /** The item in {@code state} with its claim as given, its decision as it is, and a new audit line. */
    private void move(ItemState state, @Nullable String claimedBy, @Nullable Instant leaseUntil, AuditRecord line) {
        move(
                state,
                claimedBy,
                leaseUntil,
                s.decision(),
                s.reasonCode(),
                s.messageToAuthor(),
                s.decidedBy(),
                s.decidedAt(),
                line);
    }

    private static List<AuditRecord> appended(List<AuditRecord> audit, AuditRecord line) {
        List<AuditRecord> longer = new ArrayList<>(audit.size() + 1);
        longer.addAll(audit);
        longer.add(line);
        return List.copyOf(longer);
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
                List.of(),
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
     * A submitted revision of a convenor's profile, an issue a convenor addresses, a calendar event, a
     * workshop, a workshop's outcome or a document of the global repository, to review.
     */
    public static QueueItem forReview(
            SubjectType subjectType,
            String subjectId,
            int revision,
            String title,
            String authorId,
            List<String> coAuthorIds,
            List<String> actionLines,
            Instant now) {
        if (subjectType != SubjectType.CONVENOR
                && subjectType != SubjectType.CONVENOR_ISSUE
                && subjectType != SubjectType.CALENDAR_EVENT
                && subjectType != SubjectType.WORKSHOP
                && subjectType != SubjectType.WORKSHOP_OUTCOME
                && subjectType != SubjectType.DOCUMENT) {
            throw new IllegalArgumentException("Not a subject reviewed on submission: " + subjectType);
        }
        QueueItem item = queued(
                ItemKind.REVIEW,
                subjectType,
                subjectId,
                revision,
                title,
                authorId,
                actionLines,
                null,
                null,
                SYSTEM,
                now);
        // Everyone who manages what was submitted wrote it too: none of them decides it.
        Snapshot q = item.s;
        item.s = new Snapshot(
                q.id(),
                q.kind(),
                q.subjectType(),
                q.subjectId(),
                q.revision(),
                q.title(),
                q.authorId(),
                coAuthorIds.stream()
                        .filter(id -> !id.equals(authorId))
                        .distinct()
                        .toList(),
                q.actionLines(),
                q.createdAt(),
                q.appealMessage(),
                q.rejectedBy(),
                q.state(),
                q.claimedBy(),
                q.leaseUntil(),
                q.decision(),
                q.reasonCode(),
                q.messageToAuthor(),
                q.decidedBy(),
                q.decidedAt(),
                q.audit(),
                q.version());
        return item;
    }

    /**
     * A published entry or a forum post the community flagged past the threshold; it is hidden from the
     * public until decided, which the new item announces.
     */
    public static QueueItem flagged(
            SubjectType subjectType,
            String entryId,
            int revision,
            String title,
            String authorId,
            List<String> actionLines,
            int flagCount,
            Instant now) {
        if (subjectType != SubjectType.ENTRY && subjectType != SubjectType.FORUM_POST) {
            throw new IllegalArgumentException("Only entries and forum posts are flagged: " + subjectType);
        }
        QueueItem item = queued(
                ItemKind.FLAGGED,
                subjectType,
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
                subjectType == SubjectType.FORUM_POST
                        ? new PostHiddenPendingReview(UUID.randomUUID(), now, entryId, revision, item.id(), flagCount)
                        : new EntryHiddenPendingReview(
                                UUID.randomUUID(), now, entryId, revision, item.id(), flagCount));
        return item;
    }

    /**
     * The author appeals this item's rejection: this item becomes {@code APPEALED} and the returned
     * appeal item goes to the queue, to be decided by someone other than the moderator who rejected.
     */
    public QueueItem appeal(String byUserId, String message, Instant now) {
        if (!s.authorId().equals(byUserId)) {
            throw new ModerationRefused("not-author", "Only the author of the entry may appeal its rejection.");
        }
        if (s.kind() != ItemKind.REVIEW && s.kind() != ItemKind.FLAGGED) {
            throw new ModerationRefused("not-appealable", "An appeal's decision is final.");
        }
        if (s.subjectType() != SubjectType.ENTRY) {
            throw new ModerationRefused("not-appealable", "Only decisions on entries can be appealed.");
        }
        if (s.state() == ItemState.APPEALED) {
            throw new ModerationRefused(
                    "already-appealed", "This rejection was already appealed; an entry may be appealed once.");
        }
        if (s.state() != ItemState.DECIDED || s.decision() != Decision.REJECTED) {
            throw new ModerationRefused("not-rejected", "Only a rejection can be appealed.");
        }
        String text = message.strip();
        if (text.isEmpty()) {
            throw new ModerationRefused(
                    "message-required", "Say why the decision should change: a message is required.");
        }
        move(ItemState.APPEALED, s.claimedBy(), s.leaseUntil(), new AuditRecord(Action.APPEALED, byUserId, now, text));
        return queued(
                ItemKind.APPEAL,
                SubjectType.ENTRY,
                s.subjectId(),
                s.revision(),
                s.title(),
                s.authorId(),
                s.actionLines(),
                text,
                s.decidedBy(),
                byUserId,
                now);
    }

    /**
     * A moderator takes the item for {@code lease}; refused while someone else's lease runs, and always
     * to the author of what the item is about.
     */
    public void claim(String moderatorId, Instant now, Duration lease) {
        refuseItsAuthor(moderatorId);
        if (s.state() == ItemState.CLAIMED && !leaseExpired(now) && !moderatorId.equals(s.claimedBy())) {
            throw new ModerationRefused("already-claimed", "Another moderator is working on this item.");
        }
        if (s.state() == ItemState.CLAIMED && leaseExpired(now)) {
            move(
                    s.state(),
                    s.claimedBy(),
                    s.leaseUntil(),
                    new AuditRecord(Action.LEASE_EXPIRED, SYSTEM, s.leaseUntil(), s.claimedBy()));
        } else if (s.state() != ItemState.PENDING && s.state() != ItemState.CLAIMED) {
            throw new ModerationRefused(
                    "not-pending", "This item is " + s.state() + "; only pending items can be claimed.");
        }
        Instant until = now.plus(lease);
        move(
                ItemState.CLAIMED,
                moderatorId,
                until,
                new AuditRecord(Action.CLAIMED, moderatorId, now, "until " + until));
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
                    "This item is about your own " + s.subjectType().name().toLowerCase(Locale.ROOT)
                            + "; another moderator decides it.");
        }
    }

    /**
     * The claimant gives the item back to the queue. Open to an author who holds a claim taken before
     * the own-item rule, so that such an item returns to the queue at once.
     */
    public void release(String moderatorId, Instant now) {
        requireClaimedBy(moderatorId, now);
        move(ItemState.PENDING, null, null, new AuditRecord(Action.RELEASED, moderatorId, now, null));
    }

    /** Returns an item whose lease ran out to the queue; false if it has nothing to expire. */
    public boolean expireLease(Instant now) {
        if (s.state() != ItemState.CLAIMED || !leaseExpired(now)) {
            return false;
        }
        move(ItemState.PENDING, null, null, new AuditRecord(Action.LEASE_EXPIRED, SYSTEM, now, s.claimedBy()));
        return true;
    }

    private boolean leaseExpired(Instant now) {
        return s.leaseUntil() != null && !now.isBefore(s.leaseUntil());
    }

    private void requireClaimedBy(String moderatorId, Instant now) {
        if (s.state() != ItemState.CLAIMED || leaseExpired(now)) {
            throw new ModerationRefused(
                    "not-claimed", "Claim the item first; only the moderator holding it may do this.");
        }
        if (!moderatorId.equals(s.claimedBy())) {
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
        if (s.kind() == ItemKind.APPEAL && moderatorId.equals(s.rejectedBy())) {
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
        String toAuthor = text == null || text.isEmpty() ? null : text;
        move(
                ItemState.DECIDED,
                null,
                null,
                decision,
                reason,
                toAuthor,
                moderatorId,
                now,
                new AuditRecord(Action.DECIDED, moderatorId, now, decision + " " + reason));
        pendingEvents.add(new ModerationDecided(
                UUID.randomUUID(),
                now,
                s.id(),
                s.subjectType(),
                s.subjectId(),
                s.revision(),
                decision,
                reason.name(),
                toAuthor,
                moderatorId,
                s.kind()));
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
        if (!s.authorId().equals(erasedAuthor)) {
            return false;
        }
        // A forum post is its writer's alone: it passes to nobody, whoever received their entries.
        String owner = s.subjectType() == SubjectType.FORUM_POST ? pseudonym : newAuthor;
        List<AuditRecord> audit = s.audit().stream()
                .map(line -> line.by().equals(erasedAuthor)
                        ? new AuditRecord(
                                line.action(),
                                pseudonym,
                                line.at(),
                                line.action() == Action.APPEALED ? null : line.detail())
                        : line)
                .toList();
        s = new Snapshot(
                s.id(),
                s.kind(),
                s.subjectType(),
                s.subjectId(),
                s.revision(),
                s.title(),
                owner,
                s.coAuthorIds().stream().filter(id -> !id.equals(erasedAuthor)).toList(),
                s.actionLines(),
                s.createdAt(),
                null,
                s.rejectedBy(),
                s.state(),
                s.claimedBy(),
                s.leaseUntil(),
                s.decision(),
                s.reasonCode(),
                s.messageToAuthor(),
                s.decidedBy(),
                s.decidedAt(),
                audit,
                s.version());
        return true;
    }

    /** The subject was withdrawn: a waiting item leaves the queue; a decided one keeps its record. */
    public boolean closeBecauseWithdrawn(Instant now) {
        if (s.state() != ItemState.PENDING && s.state() != ItemState.CLAIMED) {
            return false;
        }
        move(ItemState.CLOSED, null, null, new AuditRecord(Action.CLOSED, SYSTEM, now, "withdrawn by its author"));
        return true;
    }

    public Snapshot snapshot() {
        return s;
    }

    public List<DomainEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    public String id() {
        return s.id();
    }

    public ItemKind kind() {
        return s.kind();
    }

    public SubjectType subjectType() {
        return s.subjectType();
    }

    public String subjectId() {
        return s.subjectId();
    }

    public int revision() {
        return s.revision();
    }

    public String authorId() {
        return s.authorId();
    }

    /**
     * Whether {@code userId} wrote what this item is about (the entry, the nomination), or manages it with
     * the person who submitted it (a convenor's profile or issue).
     */
    public boolean isAuthoredBy(String userId) {
        return s.authorId().equals(userId) || s.coAuthorIds().contains(userId);
    }

    public Instant createdAt() {
        return s.createdAt();
    }

    public ItemState state() {
        return s.state();
    }

    public @Nullable Decision decision() {
        return s.decision();
    }

    public @Nullable String messageToAuthor() {
        return s.messageToAuthor();
    }

    public List<AuditRecord> audit() {
        return s.audit();
    }

    public @Nullable Long version() {
        return s.version();
    }
}
