package org.wsis.moderation.queue;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.wsis.contracts.entry.EntrySubmitted;
import org.wsis.contracts.entry.EntryWithdrawn;
import org.wsis.contracts.moderation.ModerationDecided.Decision;
import org.wsis.moderation.queue.domain.ItemState;
import org.wsis.moderation.queue.domain.QueueItem;
import org.wsis.moderation.queue.domain.ReasonCode;
import org.wsis.moderation.queue.mongo.QueueStore;
import org.wsis.servicekit.problem.ApiException;

/** Fills the queue from the entry stream and records moderators' decisions. */
@Service
public class ModerationQueue {

    private final QueueStore store;
    private final Clock clock;

    public ModerationQueue(QueueStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Every submission (first or after changes) becomes one pending item for its revision. */
    public void on(EntrySubmitted event) {
        store.addIfAbsent(QueueItem.forEntry(
                event.entryId(), event.revision(), event.title(), event.owner().userId(), clock.instant()));
    }

    /** A withdrawn entry leaves the queue. */
    public void on(EntryWithdrawn event) {
        for (QueueItem item : store.pendingFor(event.entryId())) {
            if (item.closeBecauseWithdrawn()) {
                store.save(item);
            }
        }
    }

    public QueueItem decide(
            String itemId, String moderatorId, Decision decision, ReasonCode reason, @Nullable String message) {
        QueueItem item = get(itemId);
        item.decide(moderatorId, decision, reason, message, clock.instant());
        store.save(item);
        return get(itemId);
    }

    public QueueItem get(String itemId) {
        return store.find(itemId).orElseThrow(() -> ApiException.notFound("Queue item " + itemId));
    }

    public List<QueueItem> page(ItemState state, int page, int size) {
        return store.page(state, page, size);
    }

    public long count(ItemState state) {
        return store.count(state);
    }
}
