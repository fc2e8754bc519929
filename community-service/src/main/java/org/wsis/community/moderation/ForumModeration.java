package org.wsis.community.moderation;

import java.time.Clock;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.wsis.community.forum.mongo.PostStore;
import org.wsis.community.forum.mongo.ThreadStore;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.contracts.moderation.PostHiddenPendingReview;

/**
 * Applies what the moderation queue decides about posts: flags past the threshold hide a post; the
 * moderator's decision on the flagged item brings it back (approved) or removes it for good (anything
 * else). Each move applies once: a redelivered or late event finds the post already there and changes
 * nothing.
 */
@Service
public class ForumModeration {

    private final PostStore posts;
    private final ThreadStore threads;
    private final Clock clock;

    public ForumModeration(PostStore posts, ThreadStore threads, Clock clock) {
        this.posts = posts;
        this.threads = threads;
        this.clock = clock;
    }

    public void on(PostHiddenPendingReview hidden) {
        retrying(() -> posts.find(hidden.postId()).ifPresent(post -> {
            if (post.hide(hidden.itemId())) {
                posts.save(post);
                threads.postHidden(post.state().threadId());
            }
        }));
    }

    public void on(ModerationDecided decided) {
        if (decided.subjectType() != ModerationDecided.SubjectType.FORUM_POST
                || decided.kind() != ModerationDecided.ItemKind.FLAGGED) {
            return;
        }
        retrying(() -> posts.find(decided.subjectId()).ifPresent(post -> {
            boolean wasPublic = post.isPublic();
            boolean changed = decided.decision() == ModerationDecided.Decision.APPROVED
                    ? post.restore()
                    : post.remove(decided.moderatorId(), decided.reasonCode(), clock.instant());
            if (!changed) {
                return;
            }
            posts.save(post);
            if (!wasPublic && post.isPublic()) {
                threads.postShown(post.state().threadId(), post.state().postedAt());
            } else if (wasPublic && !post.isPublic()) {
                threads.postHidden(post.state().threadId());
            }
        }));
    }

    /** A post changed by its author meanwhile is read again and the move applied to what it is now. */
    private static void retrying(Runnable move) {
        for (int attempt = 1; ; attempt++) {
            try {
                move.run();
                return;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                if (attempt == 3) {
                    throw changedMeanwhile;
                }
            }
        }
    }
}
