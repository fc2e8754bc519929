package org.wsis.community.forum.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wsis.community.forum.ForumService;
import org.wsis.community.forum.domain.About;
import org.wsis.community.forum.domain.ForumThread;
import org.wsis.community.forum.domain.Post;
import org.wsis.contracts.Recipient;
import org.wsis.servicekit.privacy.ErasedAccounts;
import org.wsis.servicekit.security.Caller;

/** The forum as its readers see it: the public, a post's author, or a moderator (who sees who wrote what). */
public final class ForumViews {

    private ForumViews() {}

    /** A category, with how many threads it has and when it was last active. */
    public record CategoryView(
            String id,
            @Nullable String actionLine,
            long threads,
            @Nullable Instant lastPostAt) {

        static CategoryView of(ForumService.CategorySummary s) {
            return new CategoryView(
                    s.category().id(),
                    s.category().actionLine() == null
                            ? null
                            : s.category().actionLine().name(),
                    s.threads(),
                    s.lastPostAt());
        }
    }

    /** What a thread discusses. */
    public record AboutView(String kind, String id, String title) {

        static @Nullable AboutView of(@Nullable About about) {
            return about == null ? null : new AboutView(about.kind().name(), about.id(), about.title());
        }
    }

    /** A thread in a list or at the head of its page. */
    public record ThreadView(
            String id,
            String categoryId,
            String title,
            @Nullable AboutView about,
            @Nullable String startedBy,
            Instant startedAt,
            boolean locked,
            int posts,
            Instant lastPostAt) {

        static ThreadView of(ForumThread t) {
            return new ThreadView(
                    t.id(),
                    t.category().id(),
                    t.title(),
                    AboutView.of(t.about()),
                    nameOf(t.author()),
                    t.startedAt(),
                    t.locked(),
                    t.posts(),
                    t.lastPostAt());
        }
    }

    /** A page of threads. */
    public record ThreadList(List<ThreadView> threads, long total, int page, int size) {}

    /**
     * A post as {@code reader} may see it. Its text ({@code html}) is there while it is public; also, while it
     * is hidden, to its author and moderators, and always to moderators. Only its author gets the Markdown back
     * (to change it) and until when they may; only moderators get the account that wrote it.
     *
     * @param author the name it was posted under; null for an account since erased
     */
    public record PostView(
            String id,
            String threadId,
            String status,
            @Nullable String author,
            @Nullable String authorAccount,
            boolean mine,
            @Nullable String html,
            @Nullable String markdown,
            int revision,
            Instant postedAt,
            @Nullable Instant editedAt,
            @Nullable Instant editableUntil,
            @Nullable String reasonCode,
            long version) {

        static PostView of(Post post, @Nullable Caller reader, Duration editWindow) {
            Post.State s = post.state();
            boolean mine = reader != null && reader.userId().equals(s.author().userId());
            boolean moderator = ForumService.moderates(reader);
            boolean readable = post.isPublic() || moderator || (mine && s.status() == Post.Status.HIDDEN);
            return new PostView(
                    s.id(),
                    s.threadId(),
                    s.status().name(),
                    nameOf(s.author()),
                    moderator ? s.author().userId() : null,
                    mine,
                    readable ? s.text().html() : null,
                    mine && post.isPublic() ? s.text().markdown() : null,
                    s.revision(),
                    s.postedAt(),
                    s.editedAt(),
                    mine && post.isPublic() ? s.postedAt().plus(editWindow) : null,
                    moderator || mine ? s.reasonCode() : null,
                    post.version() == null ? 0 : post.version());
        }
    }

    /** A page of a thread: the thread, its posts on this page, how many in all, and whether the reader follows it. */
    public record ThreadPageView(
            ThreadView thread, List<PostView> posts, long total, int page, int size, boolean following) {

        static ThreadPageView of(ForumService.ThreadPage p, @Nullable Caller reader, Duration editWindow) {
            return new ThreadPageView(
                    ThreadView.of(p.thread()),
                    p.posts().stream()
                            .map(post -> PostView.of(post, reader, editWindow))
                            .toList(),
                    p.total(),
                    p.page(),
                    ForumService.PAGE,
                    p.following());
        }
    }

    private static @Nullable String nameOf(Recipient person) {
        return ErasedAccounts.isPseudonym(person.userId())
                        || person.displayName().isBlank()
                ? null
                : person.displayName();
    }
}
