package org.wsis.community.forum.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.community.CommunityEvent;
import org.wsis.contracts.community.ForumPostPublished;
import org.wsis.contracts.community.ForumPostRemoved;

/**
 * A post of the forum: a thread's opening post or a reply. Posts are public as soon as they are written; the
 * community flags what is wrong, and flags past the threshold hide a post until a moderator decides whether it
 * comes back or goes for good.
 *
 * <p>Its text is kept as its author wrote it (Markdown) and as the sanitised HTML it renders to; the HTML is
 * made again on every edit, never taken from the author. Its author may change it within the edit window,
 * while it is public and its thread open, and may withdraw it at any time.
 */
public final class Post {

    /** Where a post stands. */
    public enum Status {
        /** Public. */
        VISIBLE,
        /** Flagged past the threshold: out of public view until a moderator decides. */
        HIDDEN,
        /** A moderator removed it after flags. */
        REMOVED,
        /** Its author withdrew it. */
        WITHDRAWN
    }

    /** The text of a post, as written and as rendered, with a plain-text excerpt for mails and lists. */
    public record Text(String markdown, String html, String excerpt) {}

    /** Everything stored about a post; replaced, never changed, by each move. */
    public record State(
            String id,
            String threadId,
            Recipient author,
            Text text,
            int revision,
            Status status,
            Instant postedAt,
            @Nullable Instant editedAt,
            @Nullable String reviewItemId,
            @Nullable String reasonCode,
            @Nullable Long version) {

        State with(Status status, @Nullable String reviewItemId, @Nullable String reasonCode) {
            return new State(
                    id,
                    threadId,
                    author,
                    text,
                    revision,
                    status,
                    postedAt,
                    editedAt,
                    reviewItemId,
                    reasonCode,
                    version);
        }
    }

    private State s;
    private final List<CommunityEvent> pendingEvents = new ArrayList<>();

    private Post(State s) {
        this.s = s;
    }

    public static Post restore(State state) {
        return new Post(state);
    }

    /**
     * A new post in {@code thread}, public at once; {@code subscribers} (the thread's followers but its author)
     * are written to about it.
     */
    public static Post write(
            String id, ForumThread thread, Recipient author, Text text, List<Recipient> subscribers, Instant now) {
        Post post = new Post(new State(id, thread.id(), author, text, 1, Status.VISIBLE, now, null, null, null, null));
        post.announce(
                thread,
                subscribers.stream()
                        .filter(r -> !r.userId().equals(author.userId()))
                        .toList(),
                now);
        return post;
    }

    /** Its author changes it, within {@code window} of posting, while it is public and its thread open. */
    public void edit(String byUserId, ForumThread thread, Text text, Duration window, Instant now) {
        requireAuthor(byUserId, "change");
        if (s.status() != Status.VISIBLE) {
            throw new ForumRefused("post-not-public", "Only a public post can be changed.");
        }
        thread.requireOpen();
        if (now.isAfter(s.postedAt().plus(window))) {
            throw new ForumRefused(
                    "edit-window-closed",
                    "A post can be changed for " + window.toMinutes()
                            + " minutes after it was written; write a new reply instead.");
        }
        if (text.markdown().equals(s.text().markdown())) {
            return;
        }
        s = new State(
                s.id(),
                s.threadId(),
                s.author(),
                text,
                s.revision() + 1,
                s.status(),
                s.postedAt(),
                now,
                s.reviewItemId(),
                s.reasonCode(),
                s.version());
        announce(thread, List.of(), now);
    }

    /** Its author takes it back: it leaves public view for good. */
    public void withdraw(String byUserId, Instant now) {
        requireAuthor(byUserId, "withdraw");
        if (s.status() == Status.WITHDRAWN || s.status() == Status.REMOVED) {
            return;
        }
        s = s.with(Status.WITHDRAWN, s.reviewItemId(), null);
        pendingEvents.add(new ForumPostRemoved(
                UUID.randomUUID(), now, s.id(), s.threadId(), s.author().userId(), byUserId, null));
    }

    /** Flags reached the threshold: out of public view until {@code itemId} is decided. Returns whether it changed. */
    public boolean hide(String itemId) {
        if (s.status() != Status.VISIBLE) {
            return false;
        }
        s = s.with(Status.HIDDEN, itemId, null);
        return true;
    }

    /** A moderator found nothing wrong: public again. Returns whether it changed. */
    public boolean restore() {
        if (s.status() != Status.HIDDEN) {
            return false;
        }
        s = s.with(Status.VISIBLE, null, null);
        return true;
    }

    /** A moderator removed it: it stays out of public view. Returns whether it changed. */
    public boolean remove(String moderatorId, String reasonCode, Instant now) {
        if (s.status() == Status.REMOVED || s.status() == Status.WITHDRAWN) {
            return false;
        }
        s = s.with(Status.REMOVED, s.reviewItemId(), reasonCode);
        pendingEvents.add(new ForumPostRemoved(
                UUID.randomUUID(), now, s.id(), s.threadId(), s.author().userId(), moderatorId, reasonCode));
        return true;
    }

    /** Its author erased their account: it stays, under {@code pseudonym}. Returns whether it changed. */
    public boolean authorErased(String userId, Recipient pseudonym) {
        if (!s.author().userId().equals(userId)) {
            return false;
        }
        s = new State(
                s.id(),
                s.threadId(),
                pseudonym,
                s.text(),
                s.revision(),
                s.status(),
                s.postedAt(),
                s.editedAt(),
                s.reviewItemId(),
                s.reasonCode(),
                s.version());
        return true;
    }

    /** Whether the public reads it (anyone else is told only that it is hidden, removed or withdrawn). */
    public boolean isPublic() {
        return s.status() == Status.VISIBLE;
    }

    private void requireAuthor(String byUserId, String what) {
        if (!s.author().userId().equals(byUserId)) {
            throw new ForumRefused("not-author", "Only the author of a post may " + what + " it.");
        }
    }

    private void announce(ForumThread thread, List<Recipient> subscribers, Instant now) {
        pendingEvents.add(new ForumPostPublished(
                UUID.randomUUID(),
                now,
                s.id(),
                s.revision(),
                thread.id(),
                thread.title(),
                thread.category().id(),
                s.author().userId(),
                s.author().displayName(),
                s.text().excerpt(),
                subscribers));
    }

    public String id() {
        return s.id();
    }

    public State state() {
        return s;
    }

    public @Nullable Long version() {
        return s.version();
    }

    public List<CommunityEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }
}
