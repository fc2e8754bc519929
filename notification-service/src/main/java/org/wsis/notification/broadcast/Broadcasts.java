package org.wsis.notification.broadcast;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import org.wsis.contracts.Recipient;
import org.wsis.notification.broadcast.domain.Announcement;
import org.wsis.notification.broadcast.domain.Broadcast;
import org.wsis.notification.broadcast.mongo.BroadcastStore;
import org.wsis.notification.delivery.Deliveries;
import org.wsis.notification.delivery.domain.Delivery;
import org.wsis.notification.delivery.domain.DeliveryStatus;
import org.wsis.notification.preference.Recipients;
import org.wsis.notification.preference.domain.Frequency;
import org.wsis.notification.preference.domain.ListedRecipient;
import org.wsis.notification.preference.domain.Segment;
import org.wsis.servicekit.background.BackgroundLoop;

/**
 * Announcements to a segment of people, sent at a bounded rate.
 *
 * <p>A broadcast walks its segment in user id order, a page at a time. For each person it records a
 * delivery with the id {@code broadcast:<broadcast id>:<user id>} (or a suppressed one for people who
 * switched announcements off), then moves the broadcast's cursor past the page with a conditional write
 * on the broadcast's version. After a crash or a restart the walk resumes from the cursor: the people of
 * the unfinished page are visited again and their deliveries, already there, are not duplicated; nobody
 * after the cursor was skipped. The pace is set by how fast deliveries are queued: a page, then a pause
 * so that the rate never exceeds the broadcast's mails per second, and no page while more than
 * {@code max-queued} mails wait to be sent (the relay is slower than the rate).
 *
 * <p>One replica walks a broadcast at a time, holding a lease on it that it renews with every page.
 */
@Service
public class Broadcasts implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Broadcasts.class);

    /** A broadcast's state and progress, counted from its deliveries. */
    public record Progress(
            String id,
            Segment segment,
            @Nullable Integer edition,
            String subject,
            int ratePerSecond,
            String status,
            long recipients,
            long processed,
            long sent,
            long pending,
            long failed,
            long suppressed,
            Instant createdAt,
            @Nullable Instant completedAt,
            String createdBy,
            @Nullable String createdByName) {}

    /** The admin who started a broadcast: their account and their name. */
    public record Admin(String userId, String name) {}

    /**
     * One line of the broadcasts' audit trail: who started which broadcast, when, to whom and with what
     * subject. The broadcast's own document is the record, written in the one insert that starts it.
     */
    public record AuditLine(
            String broadcastId,
            String action,
            Admin by,
            Instant at,
            Segment segment,
            @Nullable Integer edition,
            String subject,
            long recipients,
            int ratePerSecond) {}

    /** A page of the audit trail, newest first. */
    public record AuditPage(List<AuditLine> lines, long total, int page, int size) {}

    private final BroadcastStore store;
    private final Recipients recipients;
    private final Deliveries deliveries;
    private final Clock clock;
    private final int pageSize;
    private final int backlog;
    private final Duration lease;
    private final boolean autoStartup;
    private final String worker = UUID.randomUUID().toString();
    private final Map<String, Announcement> announcements = new ConcurrentHashMap<>();
    private final BackgroundLoop loop = new BackgroundLoop("broadcaster", this::step, Duration.ofSeconds(1));

    public Broadcasts(
            BroadcastStore store,
            Recipients recipients,
            Deliveries deliveries,
            Clock clock,
            BroadcastSettings settings) {
        this.store = store;
        this.recipients = recipients;
        this.deliveries = deliveries;
        this.clock = clock;
        this.pageSize = settings.pageSize();
        this.backlog = settings.maxQueued();
        this.lease = settings.lease();
        this.autoStartup = settings.autoStartup();
    }

    /** Starts a broadcast; it goes out in the background. The insert is also its audit record. */
    public Progress start(Announcement announcement, Admin createdBy) {
        String id = UUID.randomUUID().toString();
        store.insert(Broadcast.started(
                id,
                announcement,
                recipients.count(announcement.segment(), announcement.edition()),
                createdBy.userId(),
                createdBy.name(),
                clock.instant()));
        loop.wake();
        return progress(id).orElseThrow();
    }

    /**
     * Starts the broadcast {@code id} unless it exists: an event that starts one, delivered again, starts
     * nothing more.
     */
    public void startOnce(String id, Announcement announcement, Admin createdBy) {
        if (store.find(id).isPresent()) {
            return;
        }
        try {
            store.insert(Broadcast.started(
                    id,
                    announcement,
                    recipients.count(announcement.segment(), announcement.edition()),
                    createdBy.userId(),
                    createdBy.name(),
                    clock.instant()));
        } catch (org.springframework.dao.DuplicateKeyException startedMeanwhile) {
            return;
        }
        loop.wake();
    }

    public Optional<Progress> progress(String id) {
        return store.find(id).map(this::progressOf);
    }

    public List<Progress> list(int page, int size) {
        return store.page(page, size).stream().map(this::progressOf).toList();
    }

    private Progress progressOf(Broadcast broadcast) {
        String id = broadcast.id();
        // One grouped count: the people reached so far are the sum of the statuses, read at one time.
        Map<DeliveryStatus, Long> counts = deliveries.countByStatus(id);
        long processed = counts.values().stream().mapToLong(Long::longValue).sum();
        Announcement announcement = broadcast.announcement();
        return new Progress(
                id,
                announcement.segment(),
                announcement.edition(),
                announcement.variant("en").subject(),
                announcement.ratePerSecond(),
                broadcast.status(),
                broadcast.recipients(),
                processed,
                counts.get(DeliveryStatus.SENT),
                counts.get(DeliveryStatus.PENDING),
                counts.get(DeliveryStatus.FAILED),
                counts.get(DeliveryStatus.SUPPRESSED),
                broadcast.createdAt(),
                broadcast.completedAt(),
                broadcast.createdBy(),
                broadcast.createdByName());
    }

    /** Who started which broadcast and when, newest first. */
    public AuditPage audit(int page, int size) {
        List<AuditLine> lines = store.page(page, size).stream()
                .map(b -> new AuditLine(
                        b.id(),
                        "BROADCAST_STARTED",
                        new Admin(b.createdBy(), b.createdByName() == null ? b.createdBy() : b.createdByName()),
                        b.createdAt(),
                        b.announcement().segment(),
                        b.announcement().edition(),
                        b.announcement().variant("en").subject(),
                        b.recipients(),
                        b.announcement().ratePerSecond()))
                .toList();
        return new AuditPage(lines, store.count(), page, size);
    }

    /** The announcement of a broadcast, for writing its mails. */
    Announcement announcement(String id) {
        return announcements.computeIfAbsent(
                id,
                key -> store.find(key)
                        .map(Broadcast::announcement)
                        .orElseThrow(() -> new IllegalStateException("No broadcast " + key)));
    }

    /** Walks one page of a running broadcast this replica may work on; false when there is nothing to do. */
    private boolean step() {
        Broadcast broadcast = store.nextWorkable(worker, clock.instant()).orElse(null);
        if (broadcast == null) {
            return false;
        }
        String id = broadcast.id();
        Announcement announcement = broadcast.announcement();
        int size = Math.max(1, Math.min(pageSize, announcement.ratePerSecond()));
        // Back-pressure: when the mail relay (or the dispatchers) cannot keep up with the rate, wait for
        // the queue to drain instead of filling it with the whole segment.
        if (deliveries.queued() > Math.max(backlog, 2L * size)) {
            loop.pause(Duration.ofMillis(200));
            return true;
        }
        Instant pageStarted = clock.instant();
        List<ListedRecipient> page =
                recipients.page(announcement.segment(), announcement.edition(), broadcast.cursor(), size);
        for (ListedRecipient listed : page) {
            Delivery delivery = delivery(id, listed.recipient());
            if (listed.preferences().frequencyOf(announcement.segment().type()) == Frequency.OFF) {
                deliveries.suppress(delivery);
            } else {
                deliveries.enqueue(delivery);
            }
        }
        boolean mine = page.isEmpty()
                ? store.complete(id, broadcast.version(), clock.instant())
                : store.advance(
                        id,
                        broadcast.version(),
                        page.getLast().recipient().userId(),
                        worker,
                        clock.instant().plus(lease));
        if (!mine) {
            log.info("Broadcast {} was taken over by another replica", id);
            return true;
        }
        if (page.isEmpty()) {
            log.info("Broadcast {} completed", id);
            return true;
        }
        // Hold the rate: this page may not take less time than its size at the broadcast's rate.
        long minimum = Math.round(page.size() * 1000.0 / announcement.ratePerSecond());
        long spent = Duration.between(pageStarted, clock.instant()).toMillis();
        if (spent < minimum) {
            loop.pause(Duration.ofMillis(minimum - spent));
        }
        return true;
    }

    private static Delivery delivery(String broadcastId, Recipient recipient) {
        return Delivery.broadcast("broadcast:" + broadcastId + ":" + recipient.userId(), broadcastId, recipient);
    }

    @Override
    public void start() {
        loop.start();
    }

    /**
     * Stops walking after the current page. The lease is left to run out rather than released with a
     * write: at shutdown the database may already be going away. This replica, started again, resumes
     * at once (the lease is its own); another one takes over when the lease ends.
     */
    @Override
    public void stop() {
        loop.stop(Duration.ofSeconds(10));
    }

    @Override
    public boolean isAutoStartup() {
        return autoStartup;
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }
}
