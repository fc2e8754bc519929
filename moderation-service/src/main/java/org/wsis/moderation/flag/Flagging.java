package org.wsis.moderation.flag;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.wsis.contracts.community.ForumPostPublished;
import org.wsis.contracts.community.ForumPostRemoved;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.contracts.moderation.ModerationDecided.SubjectType;
import org.wsis.moderation.flag.domain.FlagReason;
import org.wsis.moderation.flag.domain.FlagRefused;
import org.wsis.moderation.flag.domain.FlagRules;
import org.wsis.moderation.flag.domain.FlagWeight;
import org.wsis.moderation.flag.domain.Flagger;
import org.wsis.moderation.flag.domain.PublishedEntry;
import org.wsis.moderation.flag.domain.RecordedFlag;
import org.wsis.moderation.flag.mongo.FlagAllowances;
import org.wsis.moderation.flag.mongo.Flags;
import org.wsis.moderation.flag.mongo.PublishedEntries;
import org.wsis.servicekit.privacy.ErasedAccounts;
import org.wsis.servicekit.problem.Refusal;

/**
 * Community flags on published entries: who may flag what, within their account's allowance, and
 * whether the flags that count on a revision reached the threshold that hides it. What happens then is
 * {@link HeldForReview}'s business (a flagged item in the moderation queue): this feature knows nothing
 * of the queue.
 */
@Service
public class Flagging {

    /**
     * A flag that brought the counting flags on the entry's published revision to the threshold or
     * beyond: the entry as published, how many counting flags it has now, and when the flag was raised.
     */
    public record Hidden(PublishedEntry entry, int counting, Instant at) {}

    private final PublishedEntries published;
    private final Flags flags;
    private final FlagAllowances allowances;
    private final FlagRules rules;
    private final ErasedAccounts erased;
    private final Clock clock;
    private final MeterRegistry meters;
    private final HeldForReview review;

    public Flagging(
            PublishedEntries published,
            Flags flags,
            FlagAllowances allowances,
            FlagRules rules,
            ErasedAccounts erased,
            Clock clock,
            MeterRegistry meters,
            HeldForReview review) {
        this.published = published;
        this.flags = flags;
        this.allowances = allowances;
        this.rules = rules;
        this.erased = erased;
        this.clock = clock;
        this.meters = meters;
        this.review = review;
    }

    /**
     * Someone flags a published entry. When the flags that count on its revision reach the threshold, the
     * entry is held for review. The flagger is answered alike whether their flag counted or not.
     */
    public void flag(String key, Flagger flagger, FlagReason reason, @Nullable String text) {
        raise(key, flagger, reason, text).ifPresent(review::hold);
    }

    /**
     * Records a flag, within the account's allowance. Every flag is recorded; it is weighed when raised
     * (see {@link FlagRules}). Returns the entry and its count of counting flags when this flag brought
     * them to the threshold or beyond; empty when it did not count or the threshold is not reached.
     */
    private Optional<Hidden> raise(String key, Flagger flagger, FlagReason reason, @Nullable String text) {
        if (erased.isErased(flagger.userId())) {
            throw new FlagRefused("account-erased", "This account was erased; it flags nothing any more.");
        }
        PublishedEntry entry = published
                .find(key)
                .orElseThrow(() -> Refusal.notFound(
                        key.startsWith("forum-post:") ? "Public post " + key.substring(11) : "Published entry " + key));
        if (entry.authorId().equals(flagger.userId())) {
            throw new FlagRefused(
                    "own-entry", entry.isPost() ? "You cannot flag your own post." : "You cannot flag your own entry.");
        }
        if (flags.exists(key, flagger.userId())) {
            throw new FlagRefused("already-flagged", "You have already flagged this.");
        }
        Instant now = clock.instant();
        if (!allowances.take(flagger.userId(), now, rules.perAccount(), rules.perAccountWindow())) {
            count("TOO_MANY_FLAGS");
            throw rules.tooMany(
                    allowances
                            .oldestCounted(flagger.userId(), rules.perAccount())
                            .orElse(null),
                    now);
        }
        FlagWeight weight = rules.weigh(flagger, now);
        if (!flags.add(key, entry.revision(), flagger, weight, reason, text, now)) {
            throw new FlagRefused("already-flagged", "You have already flagged this.");
        }
        count(weight.name());
        if (!weight.counts()) {
            return Optional.empty();
        }
        int counting = flags.counting(key, entry.revision());
        return rules.hides(counting) ? Optional.of(new Hidden(entry, counting, now)) : Optional.empty();
    }

    private void count(String outcome) {
        Counter.builder("wsis.moderation.flags")
                .description("Flags raised, by whether they count towards hiding the entry (or were refused)")
                .tag("outcome", outcome)
                .register(meters)
                .increment();
    }

    /** Every flag on this revision of the entry or post, counting or not, in the order they were raised. */
    public List<RecordedFlag> on(SubjectType subjectType, String subjectId, int revision) {
        return flags.on(PublishedEntry.keyOf(subjectType, subjectId), revision);
    }

    /** The post as published (new or edited): it may be flagged, not by its author. */
    public void published(ForumPostPublished event) {
        published.on(event, event.authorId());
    }

    /** The post left public view for good: no more flags. */
    public void removed(ForumPostRemoved event) {
        published.remove(PublishedEntry.keyOf(SubjectType.FORUM_POST, event.postId()));
    }

    /** The entry as published, its author as this service records them. */
    public void published(EntryPublished event, String authorId) {
        published.on(event, authorId);
    }

    /** The entry is no longer public (withdrawn, or rejected without a public version left): no more flags. */
    public void unpublished(String entryId) {
        published.remove(entryId);
    }
}
