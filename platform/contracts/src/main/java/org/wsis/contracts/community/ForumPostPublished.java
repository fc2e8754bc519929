package org.wsis.contracts.community;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.wsis.contracts.Recipient;

/**
 * A post of the forum is public, new or as its author edited it: it may be flagged (the moderation service
 * records who wrote it), and a new reply is written to the people who follow its thread.
 *
 * @param revision 1 when posted, one more for each edit
 * @param threadTitle the title of the thread it belongs to
 * @param categoryId the forum's category the thread is in ({@code general}, {@code c1}..{@code c11}...)
 * @param authorId the account that wrote it
 * @param authorName the name it was posted under
 * @param excerpt the start of its text, without markup
 * @param subscribers the people following the thread who are to be written to about it (never its author;
 *     empty for an edit or a thread's first post)
 */
public record ForumPostPublished(
        UUID eventId,
        Instant occurredAt,
        String postId,
        int revision,
        String threadId,
        String threadTitle,
        String categoryId,
        String authorId,
        String authorName,
        String excerpt,
        List<Recipient> subscribers)
        implements CommunityEvent {

    public ForumPostPublished {
        subscribers = List.copyOf(subscribers);
    }

    @Override
    public String aggregateId() {
        return postId;
    }
}
