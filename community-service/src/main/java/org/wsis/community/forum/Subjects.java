package org.wsis.community.forum;

import org.springframework.stereotype.Service;
import org.wsis.community.forum.domain.About;
import org.wsis.community.forum.mongo.SubjectStore;
import org.wsis.contracts.convening.ConveningItemEvent;
import org.wsis.contracts.convening.ConveningItemPublished;
import org.wsis.contracts.convening.ConveningItemWithdrawn;
import org.wsis.contracts.entry.EntryEvent;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.contracts.entry.EntryRejected;
import org.wsis.contracts.entry.EntryWithdrawn;

/**
 * Keeps what a thread may be about: the stocktaking entries, convenors' issues and workshops that are public,
 * from the entry and convening streams.
 */
@Service
public class Subjects {

    private final SubjectStore store;

    public Subjects(SubjectStore store) {
        this.store = store;
    }

    public void on(EntryEvent event) {
        switch (event) {
            case EntryPublished p ->
                store.published(
                        About.Kind.ENTRY,
                        p.entryId(),
                        p.revision(),
                        p.title(),
                        p.owner().userId());
            case EntryWithdrawn w -> store.unpublished(About.Kind.ENTRY, w.entryId(), w.revision());
            case EntryRejected r
            when r.publishedRevision() == null -> store.unpublished(About.Kind.ENTRY, r.entryId(), r.revision());
            default -> {}
        }
    }

    public void on(ConveningItemEvent event) {
        About.Kind kind = switch (event.item()) {
            case ISSUE -> About.Kind.ISSUE;
            case WORKSHOP -> About.Kind.WORKSHOP;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        if (event instanceof ConveningItemPublished p) {
            store.published(kind, p.itemId(), p.revision(), p.title(), null);
        } else if (event instanceof ConveningItemWithdrawn w) {
            store.unpublished(kind, w.itemId(), w.revision());
        }
    }
}
