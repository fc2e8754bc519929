package org.wsis.notification.routing.domain;

import java.util.List;
import java.util.Map;
import org.wsis.contracts.community.CommunityEvent;
import org.wsis.contracts.community.DocumentSubmitted;
import org.wsis.contracts.community.DocumentWithdrawn;
import org.wsis.contracts.community.ForumPostPublished;
import org.wsis.contracts.community.ForumPostRemoved;
import org.wsis.contracts.community.NewsPublished;
import org.wsis.notification.notice.domain.Notice;
import org.wsis.notification.preference.domain.NotificationType;

/**
 * Who hears of what happens in the forum: the people following a thread hear of each new reply (never of
 * their own, nor of an edit), with its first words, at the frequency they chose for the forum.
 */
final class CommunityRoutes {

    private CommunityRoutes() {}

    static List<Routes.Routed> of(CommunityEvent event) {
        return switch (event) {
            case ForumPostPublished e ->
                e.subscribers().stream()
                        .filter(s -> !s.userId().equals(e.authorId()))
                        .map(subscriber -> new Routes.Routed(
                                new Audience.Person(subscriber),
                                new Notice(
                                        NotificationType.FORUM,
                                        "forum.reply",
                                        List.of(),
                                        Map.of("thread", e.threadTitle(), "author", e.authorName()),
                                        e.excerpt(),
                                        // A new reply is on the thread's last page when it is written.
                                        "/forum/threads/" + e.threadId() + "?page=last#post-" + e.postId(),
                                        e.postId(),
                                        e.threadTitle())))
                        .toList();
            case ForumPostRemoved e -> List.of();
            // The newsroom's posts go to everyone who asked for the news, as a broadcast (NewsMails).
            case NewsPublished e -> List.of();
            // The repository's documents: their uploader reads where they stand on the portal.
            case DocumentSubmitted e -> List.of();
            case DocumentWithdrawn e -> List.of();
        };
    }
}
