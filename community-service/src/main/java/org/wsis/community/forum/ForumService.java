package org.wsis.community.forum;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.wsis.community.forum.domain.About;
import org.wsis.community.forum.domain.ForumCategory;
import org.wsis.community.forum.domain.ForumRefused;
import org.wsis.community.forum.domain.ForumThread;
import org.wsis.community.forum.domain.Post;
import org.wsis.community.forum.domain.TooManyPosts;
import org.wsis.community.forum.mongo.PostAllowances;
import org.wsis.community.forum.mongo.PostStore;
import org.wsis.community.forum.mongo.SubjectStore;
import org.wsis.community.forum.mongo.SubscriptionStore;
import org.wsis.community.forum.mongo.ThreadStore;
import org.wsis.contracts.Recipient;
import org.wsis.servicekit.privacy.ErasedAccounts;
import org.wsis.servicekit.problem.Refusal;
import org.wsis.servicekit.security.Caller;

/**
 * The forum's moves: starting a thread, replying, changing or withdrawing a post, following a thread, and
 * the moderators' locks and moves. Whoever writes follows the thread from then on, until they stop.
 */
@Service
public class ForumService {

    /** How many threads or posts one page holds. */
    public static final int PAGE = 50;

    /** A category with how many threads it has and when one was last active. */
    public record CategorySummary(
            ForumCategory category, long threads, @Nullable Instant lastPostAt) {}

    /** A page of a thread's posts, with the thread, how many posts it has in all and whether the reader follows it. */
    public record ThreadPage(ForumThread thread, List<Post> posts, long total, int page, boolean following) {}

    private final ThreadStore threads;
    private final PostStore posts;
    private final SubscriptionStore subscriptions;
    private final SubjectStore subjects;
    private final PostAllowances allowances;
    private final Markdown markdown;
    private final ForumSettings settings;
    private final Clock clock;
    private final ErasedAccounts erased;

    public ForumService(
            ThreadStore threads,
            PostStore posts,
            SubscriptionStore subscriptions,
            SubjectStore subjects,
            PostAllowances allowances,
            Markdown markdown,
            ForumSettings settings,
            Clock clock,
            ErasedAccounts erased) {
        this.threads = threads;
        this.posts = posts;
        this.subscriptions = subscriptions;
        this.subjects = subjects;
        this.allowances = allowances;
        this.markdown = markdown;
        this.settings = settings;
        this.clock = clock;
        this.erased = erased;
    }

    public List<CategorySummary> categories() {
        List<CategorySummary> summaries = new ArrayList<>();
        for (ForumCategory category : ForumCategory.values()) {
            summaries.add(new CategorySummary(
                    category,
                    threads.count(category, null),
                    threads.lastActivity(category).orElse(null)));
        }
        return summaries;
    }

    public List<ForumThread> threads(@Nullable ForumCategory category, @Nullable About about, int page) {
        return threads.list(category, about == null ? null : about.key(), page, PAGE);
    }

    public long countThreads(@Nullable ForumCategory category, @Nullable About about) {
        return threads.count(category, about == null ? null : about.key());
    }

    /** Starts a thread with its first post; its author follows it. */
    public ThreadPage start(
            Caller caller,
            ForumCategory category,
            String title,
            About.@Nullable Kind aboutKind,
            @Nullable String aboutId,
            String body) {
        @Nullable About about = null;
        if (aboutKind != null && aboutId != null) {
            about = subjects.findPublic(aboutKind, aboutId)
                    .orElseThrow(() -> Refusal.notFound("Public "
                            + aboutKind.name().toLowerCase(java.util.Locale.ROOT) + " " + aboutId
                            + " (a thread can be about a public entry, convenor's issue or workshop only)"));
        }
        Instant now = clock.instant();
        take(caller, now);
        Recipient author = recipient(caller);
        ForumThread thread = new ForumThread(
                UUID.randomUUID().toString(), category, title.strip(), about, author, now, null, 1, now);
        Post first = Post.write(UUID.randomUUID().toString(), thread, author, markdown.render(body), List.of(), now);
        // The post first: a crash between the two writes leaves a post nobody reads, never a thread without one.
        posts.save(first);
        threads.insert(thread);
        subscriptions.subscribe(thread.id(), author, now);
        return new ThreadPage(thread, List.of(first), 1, 0, true);
    }

    /** A page of a thread, as {@code reader} (or the public) sees it. */
    public ThreadPage read(String threadId, @Nullable Caller reader, int page) {
        ForumThread thread = thread(threadId);
        return new ThreadPage(
                thread,
                posts.ofThread(threadId, page, PAGE),
                posts.countOfThread(threadId),
                page,
                reader != null && subscriptions.follows(threadId, reader.userId()));
    }

    /** Replies in an open thread; the thread's followers are written to, and the author follows it. */
    public Post reply(Caller caller, String threadId, String body) {
        ForumThread thread = thread(threadId);
        thread.requireOpen();
        Instant now = clock.instant();
        take(caller, now);
        Recipient author = recipient(caller);
        Post post = Post.write(
                UUID.randomUUID().toString(), thread, author, markdown.render(body), subscriptions.of(threadId), now);
        posts.save(post);
        threads.postShown(threadId, now);
        subscriptions.subscribe(threadId, author, now);
        return post;
    }

    /** Its author changes a post within the edit window. */
    public Post edit(Caller caller, String postId, @Nullable Long version, String body) {
        Post post = post(postId);
        requireVersion(post, version);
        take(caller, clock.instant());
        post.edit(
                caller.userId(),
                thread(post.state().threadId()),
                markdown.render(body),
                settings.editWindow(),
                clock.instant());
        posts.save(post);
        return post;
    }

    /** Its author withdraws a post. */
    public Post withdraw(Caller caller, String postId) {
        Post post = post(postId);
        boolean wasPublic = post.isPublic();
        post.withdraw(caller.userId(), clock.instant());
        posts.save(post);
        if (wasPublic) {
            threads.postHidden(post.state().threadId());
        }
        return post;
    }

    public Post post(String postId) {
        return posts.find(postId).orElseThrow(() -> Refusal.notFound("Post " + postId));
    }

    public void follow(Caller caller, String threadId) {
        requireWriter(caller);
        thread(threadId);
        subscriptions.subscribe(threadId, recipient(caller), clock.instant());
    }

    public void unfollow(Caller caller, String threadId) {
        thread(threadId);
        subscriptions.unsubscribe(threadId, caller.userId());
    }

    /** The threads {@code caller} follows, with each thread as it is now. */
    public List<ForumThread> followedBy(Caller caller) {
        return threads.findAll(subscriptions.ofPerson(caller.userId()).stream()
                .map(SubscriptionStore.Subscription::threadId)
                .toList());
    }

    /** A moderator locks a thread (no more posts or edits), or opens it again. */
    public ForumThread lock(Caller moderator, String threadId, boolean locked) {
        requireModerator(moderator);
        thread(threadId);
        threads.lock(threadId, locked ? moderator.userId() : null);
        return thread(threadId);
    }

    /** A moderator moves a thread to the category it belongs in. */
    public ForumThread move(Caller moderator, String threadId, ForumCategory category) {
        requireModerator(moderator);
        thread(threadId);
        threads.move(threadId, category);
        return thread(threadId);
    }

    public ForumThread thread(String threadId) {
        return threads.find(threadId).orElseThrow(() -> Refusal.notFound("Thread " + threadId));
    }

    /** Whether the caller moderates the forum: they read hidden posts and who wrote them. */
    public static boolean moderates(@Nullable Caller caller) {
        return caller != null && (caller.hasRole("moderator") || caller.hasRole("admin"));
    }

    private static void requireModerator(Caller caller) {
        if (!moderates(caller)) {
            throw Refusal.notPermitted("Only moderators lock or move threads.");
        }
    }

    private static void requireVersion(Post post, @Nullable Long version) {
        if (version != null && post.version() != null && !version.equals(post.version())) {
            throw Refusal.staleVersion();
        }
    }

    /**
     * Who may write: an account whose address its identity provider verified (a throwaway address posts
     * nothing), and not one erased since its token was issued.
     */
    private void requireWriter(Caller caller) {
        if (erased.isErased(caller.userId())) {
            throw new ForumRefused("account-erased", "This account was erased; it writes nothing any more.");
        }
        if (!caller.emailVerified()) {
            throw new ForumRefused(
                    "address-not-verified",
                    "Confirm your e-mail address first: follow the link in the mail we sent you.");
        }
    }

    /** Takes one post of the caller's allowance (threads, replies and edits count alike), after checking who writes. */
    private void take(Caller caller, Instant now) {
        requireWriter(caller);
        if (!allowances.take(caller.userId(), now, settings.postsPerAccount(), settings.postsWindow())) {
            Instant oldest = allowances.oldest(caller.userId()).orElse(now);
            Duration wait = Duration.between(now, oldest.plus(settings.postsWindow()));
            throw new TooManyPosts(
                    settings.postsPerAccount(),
                    settings.postsWindow(),
                    wait.isNegative() ? Duration.ofSeconds(1) : wait);
        }
    }

    private static Recipient recipient(Caller caller) {
        return new Recipient(caller.userId(), caller.email(), caller.displayName(), caller.locale());
    }
}
