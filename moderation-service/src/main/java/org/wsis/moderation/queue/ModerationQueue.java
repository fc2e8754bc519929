package org.wsis.moderation.queue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.community.DocumentSubmitted;
import org.wsis.contracts.community.DocumentWithdrawn;
import org.wsis.contracts.convening.ConveningItemSubmitted;
import org.wsis.contracts.convening.ConveningItemWithdrawn;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.contracts.entry.EntryRejected;
import org.wsis.contracts.entry.EntryReturnedForChanges;
import org.wsis.contracts.entry.EntrySubmitted;
import org.wsis.contracts.entry.EntryWithdrawn;
import org.wsis.contracts.moderation.ModerationDecided.Decision;
import org.wsis.contracts.moderation.ModerationDecided.ItemKind;
import org.wsis.contracts.moderation.ModerationDecided.SubjectType;
import org.wsis.contracts.prize.NominationSubmitted;
import org.wsis.contracts.prize.PrizeCategory;
import org.wsis.moderation.flag.Flagging;
import org.wsis.moderation.flag.domain.RecordedFlag;
import org.wsis.moderation.queue.domain.ItemState;
import org.wsis.moderation.queue.domain.ModerationRefused;
import org.wsis.moderation.queue.domain.QueueItem;
import org.wsis.moderation.queue.domain.ReasonCode;
import org.wsis.moderation.queue.mongo.QueueStore;
import org.wsis.servicekit.privacy.ErasedAccounts;
import org.wsis.servicekit.problem.Refusal;

/** Fills the queue from the entry, prize and convening streams; claims, releases and decides items, and takes appeals. */
@Service
public class ModerationQueue {

    private static final Logger log = LoggerFactory.getLogger(ModerationQueue.class);

    private final QueueStore store;
    private final Flagging flagging;
    private final ErasedAccounts erased;
    private final Clock clock;
    private final Duration lease;
    private final MeterRegistry meters;
    private final MultiGauge depth;

    public ModerationQueue(
            QueueStore store,
            Flagging flagging,
            ErasedAccounts erased,
            Clock clock,
            MeterRegistry meters,
            QueueSettings settings) {
        this.erased = erased;
        this.store = store;
        this.flagging = flagging;
        this.clock = clock;
        this.lease = settings.lease();
        this.meters = meters;
        this.depth = MultiGauge.builder("wsis.moderation.queue.depth")
                .description("Queue items per kind and state")
                .register(meters);
    }

    // --- from the entry stream ---

    /** Every submission (first or after changes) becomes one pending item for its revision. */
    public void on(EntrySubmitted event) {
        store.addIfAbsent(
                QueueItem.forEntry(
                        event.entryId(),
                        event.revision(),
                        event.title(),
                        authorOf(event.owner().userId()),
                        event.actionLines().stream().map(ActionLine::name).toList(),
                        clock.instant()),
                0);
    }

    // --- from the prize stream ---

    /** Every nomination is screened once: one pending item per nomination. */
    public void on(NominationSubmitted event) {
        store.addIfAbsent(
                QueueItem.forNomination(
                        event.nominationId(),
                        event.entryTitle() + " (WSIS Prizes " + event.edition() + ", category " + event.category()
                                + ")",
                        authorOf(event.owner().userId()),
                        PrizeCategory.byNumber(event.category())
                                .map(c -> List.of(c.actionLine().name()))
                                .orElse(List.of()),
                        clock.instant()),
                0);
    }

    /** A withdrawn entry leaves the queue and can no longer be flagged. */
    public void on(EntryWithdrawn event) {
        flagging.unpublished(event.entryId());
        closeWaitingFor(event.entryId());
    }

    // --- from the convening stream ---

    /**
     * Every submitted revision of a convenor's profile, an issue, a calendar event or a workshop becomes one
     * pending item.
     */
    public void on(ConveningItemSubmitted event) {
        store.addIfAbsent(
                QueueItem.forReview(
                        switch (event.item()) {
                            case CONVENOR -> SubjectType.CONVENOR;
                            case ISSUE -> SubjectType.CONVENOR_ISSUE;
                            case EVENT -> SubjectType.CALENDAR_EVENT;
                            case WORKSHOP -> SubjectType.WORKSHOP;
                            case OUTCOME -> SubjectType.WORKSHOP_OUTCOME;
                        },
                        event.itemId(),
                        event.revision(),
                        switch (event.item()) {
                            case CONVENOR -> "Convenor: " + event.title();
                            case ISSUE -> event.title() + " (" + event.convenor() + ")";
                            case EVENT -> "Event: " + event.title() + " (" + event.convenor() + ")";
                            case WORKSHOP -> "Workshop: " + event.title() + " (" + event.convenor() + ")";
                            case OUTCOME -> "Outcome of the workshop: " + event.title() + " (" + event.convenor() + ")";
                        },
                        authorOf(event.owner().userId()),
                        event.managerIds().stream().map(this::authorOf).toList(),
                        event.actionLines().stream().map(ActionLine::name).toList(),
                        clock.instant()),
                0);
    }

    // --- from the community stream ---

    /** Every submitted revision of a document of the global repository becomes one pending item. */
    public void on(DocumentSubmitted event) {
        store.addIfAbsent(
                QueueItem.forReview(
                        SubjectType.DOCUMENT,
                        event.documentId(),
                        event.revision(),
                        "Document: " + event.title(),
                        authorOf(event.uploaderId()),
                        List.of(),
                        List.of(),
                        clock.instant()),
                0);
    }

    /** A withdrawn document leaves the queue. */
    public void on(DocumentWithdrawn event) {
        closeWaitingFor(event.documentId());
    }

    /** A withdrawn profile, issue, calendar event or workshop leaves the queue. */
    public void on(ConveningItemWithdrawn event) {
        closeWaitingFor(event.itemId());
    }

    private void closeWaitingFor(String subjectId) {
        for (QueueItem item : store.waitingFor(subjectId)) {
            if (item.closeBecauseWithdrawn(clock.instant())) {
                store.save(item);
            }
        }
    }

    public void on(EntryPublished event) {
        flagging.published(event, authorOf(event.owner().userId()));
    }

    /**
     * Who wrote what an event is about, as this service records them: an author who erased their account
     * is their pseudonym, also in an event from before the erasure that arrives after it.
     */
    private String authorOf(String userId) {
        return erased.isErased(userId) ? erased.pseudonymOf(userId) : userId;
    }

    /** A rejection ends publication unless it concerned a change while the published version stays. */
    public void on(EntryRejected event) {
        if (event.publishedRevision() == null) {
            flagging.unpublished(event.entryId());
        }
    }

    /** Changes requested after flags take the entry out of public view, so it can no longer be flagged. */
    public void on(EntryReturnedForChanges event) {
        if (event.publishedRevision() == null) {
            flagging.unpublished(event.entryId());
        }
    }

    // --- moderators ---

    public QueueItem claim(String itemId, String moderatorId) {
        QueueItem item = get(itemId);
        item.claim(moderatorId, clock.instant(), lease);
        try {
            store.save(item);
        } catch (OptimisticLockingFailureException lostTheRace) {
            throw new ModerationRefused("already-claimed", "Another moderator claimed this item a moment ago.");
        }
        return get(itemId);
    }

    public QueueItem release(String itemId, String moderatorId) {
        QueueItem item = get(itemId);
        item.release(moderatorId, clock.instant());
        store.save(item);
        return get(itemId);
    }

    public QueueItem decide(
            String itemId, String moderatorId, Decision decision, ReasonCode reason, @Nullable String message) {
        QueueItem item = get(itemId);
        Instant now = clock.instant();
        item.decide(moderatorId, decision, reason, message, now);
        store.save(item);
        Timer.builder("wsis.moderation.time.to.decision")
                .description("From queueing to decision")
                .tag("kind", item.kind().name())
                .publishPercentileHistogram()
                .register(meters)
                .record(Duration.between(item.createdAt(), now));
        Counter.builder("wsis.moderation.decisions")
                .tag("kind", item.kind().name())
                .tag("decision", decision.name())
                .register(meters)
                .increment();
        return get(itemId);
    }

    /** One outcome of a bulk decision. */
    public record BulkOutcome(
            String itemId,
            boolean decided,
            @Nullable String problem,
            @Nullable String detail) {}

    /** Decides several claimed items alike; each succeeds or is refused on its own. */
    public List<BulkOutcome> decideAll(
            List<String> itemIds, String moderatorId, Decision decision, ReasonCode reason, @Nullable String message) {
        List<BulkOutcome> outcomes = new ArrayList<>();
        for (String itemId : itemIds) {
            try {
                decide(itemId, moderatorId, decision, reason, message);
                outcomes.add(new BulkOutcome(itemId, true, null, null));
            } catch (ModerationRefused e) {
                outcomes.add(new BulkOutcome(itemId, false, e.code(), e.getMessage()));
            } catch (Refusal e) {
                outcomes.add(new BulkOutcome(itemId, false, e.code(), e.getMessage()));
            } catch (OptimisticLockingFailureException e) {
                outcomes.add(
                        new BulkOutcome(itemId, false, "stale-version", "The item changed meanwhile; try it again."));
            }
        }
        return outcomes;
    }

    /** Returns items whose lease ran out to the queue (see {@link LeaseSweep}). */
    public void expireLeases() {
        Instant now = clock.instant();
        for (QueueItem item : store.claimsExpiredAt(now)) {
            try {
                if (item.expireLease(now)) {
                    store.save(item);
                    meters.counter("wsis.moderation.leases.expired").increment();
                }
            } catch (OptimisticLockingFailureException claimedMeanwhile) {
                log.debug("Item {} changed while its lease expired; left as it is", item.id());
            }
        }
        refreshDepth();
    }

    private void refreshDepth() {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (ItemKind kind : ItemKind.values()) {
            for (ItemState state : ItemState.values()) {
                long count = store.count(kind, state);
                rows.add(MultiGauge.Row.of(Tags.of("kind", kind.name(), "state", state.name()), count));
            }
        }
        depth.register(rows, true);
    }

    // --- authors and the community ---

    /** The author of a rejected entry appeals, once; the appeal is a new item in the queue. */
    public QueueItem appeal(String itemId, String userId, String message) {
        QueueItem rejected = get(itemId);
        QueueItem appeal = rejected.appeal(userId, message, clock.instant());
        store.save(rejected);
        store.addIfAbsent(appeal, 0);
        return get(appeal.id());
    }

    /**
     * Who flagged the entry an item is about, for moderators other than its author: the author never
     * learns who flagged them.
     */
    public List<RecordedFlag> flagsOn(String itemId, String moderatorId) {
        QueueItem item = get(itemId);
        item.refuseItsAuthor(moderatorId);
        return flagging.on(item.subjectType(), item.subjectId(), item.revision());
    }

    // --- reading ---

    public QueueItem get(String itemId) {
        return store.find(itemId).orElseThrow(() -> Refusal.notFound("Queue item " + itemId));
    }

    public List<QueueItem> page(QueueStore.Filter filter, int page, int size) {
        return store.page(filter, page, size);
    }

    public long count(QueueStore.Filter filter) {
        return store.count(filter);
    }

    public java.util.Map<ItemState, Long> countsPerState(QueueStore.Filter filter) {
        return store.countsPerState(filter);
    }

    public int flagCount(String itemId) {
        return store.flagCount(itemId);
    }

    public java.util.stream.Stream<QueueItem> everything() {
        return store.streamAll();
    }
}
