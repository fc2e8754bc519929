package org.wsis.convening.issue.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.convening.ConveningEvent;
import org.wsis.contracts.convening.ConveningItemEvent.ItemKind;
import org.wsis.contracts.convening.ConveningItemPublished;
import org.wsis.contracts.convening.ConveningItemSubmitted;
import org.wsis.contracts.convening.ConveningItemWithdrawn;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.convening.publication.domain.Decisions;
import org.wsis.convening.publication.domain.Publication;
import org.wsis.convening.publication.domain.PublicationStatus;

/**
 * An issue a convenor intends to address in a year. The convenor's managers write it; it is moderated
 * before it is public, by the same rules as the stocktaking entries, and the public sees it only while its
 * convenor is public too.
 *
 * @see Publication
 */
public final class Issue {

    /** Everything stored about an issue; replaced, never changed, by each move. */
    public record State(
            String id,
            String convenorId,
            String convenorName,
            Publication<IssueDetails> publication,
            Recipient submittedBy,
            Instant createdAt,
            Instant updatedAt,
            @Nullable Long version) {}

    private State s;
    private final List<ConveningEvent> pendingEvents = new ArrayList<>();

    private Issue(State s) {
        this.s = s;
    }

    /** A new draft issue of a convenor, written by one of its managers. */
    public static Issue draft(
            String id, String convenorId, String convenorName, Recipient by, IssueDetails details, Instant now) {
        return new Issue(new State(id, convenorId, convenorName, Publication.draft(details), by, now, now, null));
    }

    public static Issue restore(State state) {
        return new Issue(state);
    }

    public State state() {
        return s;
    }

    public String id() {
        return s.id();
    }

    public String convenorId() {
        return s.convenorId();
    }

    public String convenorName() {
        return s.convenorName();
    }

    public @Nullable Long version() {
        return s.version();
    }

    public Instant updatedAt() {
        return s.updatedAt();
    }

    public Instant createdAt() {
        return s.createdAt();
    }

    public Publication<IssueDetails> publication() {
        return s.publication();
    }

    public void edit(IssueDetails details, Instant now) {
        move(s.publication().edit(details), s.submittedBy(), now);
    }

    /**
     * Submitted under the convenor's current name, which moderators and mail show with it; none of the
     * convenor's managers ({@code managerIds}) moderates it.
     */
    public void submit(Recipient by, String convenorName, List<String> managerIds, Instant now) {
        s = new State(
                s.id(),
                s.convenorId(),
                convenorName,
                s.publication(),
                s.submittedBy(),
                s.createdAt(),
                now,
                s.version());
        move(s.publication().submit(), by, now);
        IssueDetails d = s.publication().working();
        pendingEvents.add(new ConveningItemSubmitted(
                UUID.randomUUID(),
                now,
                ItemKind.ISSUE,
                s.id(),
                s.publication().revision(),
                d.title(),
                convenorName,
                d.actionLines(),
                by,
                managerIds));
    }

    public void withdraw(Recipient by, Instant now) {
        move(s.publication().withdraw(), by, now);
        pendingEvents.add(new ConveningItemWithdrawn(
                UUID.randomUUID(),
                now,
                ItemKind.ISSUE,
                s.id(),
                s.publication().revision(),
                s.publication().working().title(),
                by));
    }

    /** Applies a moderator's decision; false, changing nothing, when it does not fit (see {@link Publication}). */
    public boolean apply(ModerationDecided decision, Instant now) {
        var decided = s.publication().decide(decision, now);
        if (decided.isEmpty()) {
            return false;
        }
        move(decided.get(), s.submittedBy(), now);
        if (decided.get().status() == PublicationStatus.PUBLISHED) {
            pendingEvents.add(new ConveningItemPublished(
                    UUID.randomUUID(),
                    now,
                    ItemKind.ISSUE,
                    s.id(),
                    s.publication().revision(),
                    s.publication().working().title(),
                    s.convenorName(),
                    s.submittedBy()));
        } else {
            pendingEvents.add(Decisions.returned(
                    ItemKind.ISSUE,
                    s.id(),
                    s.publication(),
                    s.publication().working().title(),
                    s.submittedBy(),
                    now));
        }
        return true;
    }

    /**
     * The person who last submitted the issue erased their account: {@code replacement} (another manager,
     * or the account's pseudonym) stands in their place. Returns false, changing nothing, for anyone else.
     */
    public boolean submitterErased(String accountId, Recipient replacement, Instant now) {
        if (!s.submittedBy().userId().equals(accountId)) {
            return false;
        }
        s = new State(
                s.id(),
                s.convenorId(),
                s.convenorName(),
                s.publication(),
                replacement,
                s.createdAt(),
                now,
                s.version());
        return true;
    }

    /**
     * Its convenor was withdrawn when its last manager erased their account: the issue leaves public view
     * and moderation too, announced under {@code anonymous}. Returns false for an issue already withdrawn.
     */
    public boolean convenorWithdrawn(Recipient anonymous, Instant now) {
        if (s.publication().status() == PublicationStatus.WITHDRAWN) {
            return false;
        }
        move(s.publication().withdraw(), anonymous, now);
        pendingEvents.add(new ConveningItemWithdrawn(
                UUID.randomUUID(),
                now,
                ItemKind.ISSUE,
                s.id(),
                s.publication().revision(),
                s.publication().working().title(),
                anonymous));
        return true;
    }

    /** The events caused since this issue was loaded, in order. */
    public List<ConveningEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    private void move(Publication<IssueDetails> next, Recipient by, Instant now) {
        s = new State(s.id(), s.convenorId(), s.convenorName(), next, by, s.createdAt(), now, s.version());
    }
}
