package org.wsis.notification.digest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.wsis.contracts.Recipient;
import org.wsis.notification.delivery.Deliveries;
import org.wsis.notification.delivery.domain.Delivery;
import org.wsis.notification.digest.domain.DigestItem;
import org.wsis.notification.digest.mongo.DigestItems;
import org.wsis.notification.notice.domain.Notice;
import org.wsis.notification.preference.Recipients;
import org.wsis.notification.preference.domain.Frequency;
import org.wsis.notification.preference.domain.Preferences;

/**
 * Daily and weekly digests. A notice for someone who chose a digest becomes an item
 * ({@link DigestItems}), due at their next digest time. When that time comes the items due for one person,
 * frequency and time are tagged with one digest id, {@code digest:<user>:<frequency>:<epoch second>},
 * and one delivery with that id is queued; the mail is written from the tagged items when it is sent.
 *
 * <p>Each step can be repeated after a crash: items are tagged only while untagged, the delivery's id
 * is deterministic, and items tagged but not yet marked queued are queued again. An item that arrives
 * for a time whose digest is already queued moves on to the person's next digest time instead of
 * joining a mail that may already be gone. Items of a type the person switched off in the meantime are
 * dropped when their time comes.
 */
@Service
public class Digests {

    private final DigestItems items;
    private final Deliveries deliveries;
    private final Recipients recipients;
    private final Clock clock;

    public Digests(DigestItems items, Deliveries deliveries, Recipients recipients, Clock clock) {
        this.items = items;
        this.deliveries = deliveries;
        this.recipients = recipients;
        this.clock = clock;
    }

    /** Keeps a notice for the person's next digest; an item queued before is left as it is. */
    public void queue(
            String id, String eventId, Recipient recipient, Notice notice, Frequency frequency, Instant dueAt) {
        // false: queued before, the event was redelivered.
        items.add(new DigestItem(id, eventId, recipient, frequency, dueAt, notice, clock.instant(), null, false));
    }

    /** Queues every digest due now (see {@link DigestAssembly}). */
    void assembleDue() {
        assemble(clock.instant());
    }

    /** Queues every digest due at {@code now}; returns how many were queued. */
    public int assemble(Instant now) {
        int queued = 0;
        // Items tagged before a crash, whose delivery may be missing.
        Map<String, List<DigestItem>> unfinished = new LinkedHashMap<>();
        for (DigestItem item : items.taggedNotQueued()) {
            unfinished.computeIfAbsent(item.digestId(), k -> new ArrayList<>()).add(item);
        }
        for (Map.Entry<String, List<DigestItem>> digest : unfinished.entrySet()) {
            queued += finish(digest.getKey(), digest.getValue());
        }
        List<DigestItem> dueNow = items.untaggedDueBy(now);
        Map<String, Preferences> preferences = recipients.preferencesOf(dueNow.stream()
                .map(item -> item.recipient().userId())
                .distinct()
                .toList());
        Map<String, List<DigestItem>> due = new LinkedHashMap<>();
        List<String> switchedOff = new ArrayList<>();
        for (DigestItem item : dueNow) {
            // Someone who switched a type off since the item was queued does not get it in a digest either.
            if (preferences
                            .get(item.recipient().userId())
                            .frequencyOf(item.notice().type())
                    == Frequency.OFF) {
                switchedOff.add(item.id());
            } else {
                due.computeIfAbsent(item.dueDigestId(), k -> new ArrayList<>()).add(item);
            }
        }
        if (!switchedOff.isEmpty()) {
            items.removeUntagged(switchedOff);
        }
        for (Map.Entry<String, List<DigestItem>> digest : due.entrySet()) {
            String digestId = digest.getKey();
            if (deliveries.exists(digestId)) {
                postpone(digest.getValue(), preferences, now);
                continue;
            }
            items.tag(digest.getValue().stream().map(DigestItem::id).toList(), digestId);
            queued += finish(digestId, digest.getValue());
        }
        return queued;
    }

    private int finish(String digestId, List<DigestItem> tagged) {
        DigestItem last = tagged.getLast();
        boolean created =
                deliveries.enqueue(Delivery.digest(digestId, last.frequency(), last.recipient(), last.dueAt()));
        items.markQueued(digestId);
        return created ? 1 : 0;
    }

    /** Items too late for a digest already queued wait for the person's next digest time. */
    private void postpone(List<DigestItem> late, Map<String, Preferences> preferences, Instant now) {
        for (DigestItem item : late) {
            items.postpone(
                    item.id(), preferences.get(item.recipient().userId()).nextDigestAfter(item.frequency(), now));
        }
    }

    /** The notices waiting for a person's next digests, for their export. */
    public List<DigestItem> waitingFor(String recipientId) {
        return items.of(recipientId);
    }

    /** An erased person's digests are not written: their waiting notices go. */
    public void erase(String recipientId) {
        items.removeAllOf(recipientId);
    }

    /** The notices of a digest, in the order they happened. */
    public List<Notice> contentOf(String digestId) {
        return items.noticesOf(digestId);
    }
}
