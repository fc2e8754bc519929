package org.wsis.community.forum.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.Recipient;

/**
 * A thread of the forum: its category, title, what it is about, who started it, and whether a moderator
 * locked it. Its posts are {@link Post}s; how many are public and when the last was written are kept beside
 * it, counted by the store as posts come and go.
 *
 * @param lockedBy the moderator who locked it; null while it is open
 */
public record ForumThread(
        String id,
        ForumCategory category,
        String title,
        @Nullable About about,
        Recipient author,
        Instant startedAt,
        @Nullable String lockedBy,
        int posts,
        Instant lastPostAt) {

    public boolean locked() {
        return lockedBy != null;
    }

    /** Refuses a new post, or an edit, in a locked thread. */
    public void requireOpen() {
        if (locked()) {
            throw new ForumRefused("thread-locked", "A moderator locked this thread: it takes no more posts or edits.");
        }
    }
}
