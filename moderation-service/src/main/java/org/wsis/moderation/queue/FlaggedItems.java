package org.wsis.moderation.queue;

import org.springframework.stereotype.Component;
import org.wsis.moderation.flag.Flagging;
import org.wsis.moderation.flag.HeldForReview;
import org.wsis.moderation.queue.domain.QueueItem;
import org.wsis.moderation.queue.mongo.QueueStore;

/**
 * An entry or a forum post whose flags reached the threshold comes back to the queue as a flagged item, out
 * of public view until a moderator decides; further counting flags on the same revision raise the item's
 * count.
 */
@Component
class FlaggedItems implements HeldForReview {

    private final QueueStore store;

    FlaggedItems(QueueStore store) {
        this.store = store;
    }

    @Override
    public void hold(Flagging.Hidden hidden) {
        var entry = hidden.entry();
        QueueItem flagged = QueueItem.flagged(
                entry.subjectType(),
                entry.subjectId(),
                entry.revision(),
                entry.title(),
                entry.authorId(),
                entry.actionLines(),
                hidden.counting(),
                hidden.at());
        if (!store.addIfAbsent(flagged, hidden.counting())) {
            store.raiseFlagCount(flagged.id(), hidden.counting());
        }
    }
}
