package org.wsis.notification.broadcast;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.wsis.contracts.Recipient;
import org.wsis.notification.broadcast.domain.Announcement;
import org.wsis.notification.delivery.Deliveries;
import org.wsis.notification.delivery.Delivery;
import org.wsis.notification.delivery.domain.DeliveryStatus;
import org.wsis.notification.preference.Recipients;
import org.wsis.notification.preference.domain.Frequency;
import org.wsis.notification.preference.domain.NotificationType;
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

    public static final String COLLECTION = "broadcasts";

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

    private final MongoOperations mongo;
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
            MongoOperations mongo,
            Recipients recipients,
            Deliveries deliveries,
            Clock clock,
            BroadcastSettings settings) {
        this.mongo = mongo;
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
        Instant now = clock.instant();
        Document variants = new Document();
        announcement
                .variants()
                .forEach((language, variant) -> variants.append(
                        language, new Document("subject", variant.subject()).append("body", variant.body())));
        mongo.insert(
                new Document("_id", id)
                        .append("segment", announcement.segment().name())
                        .append("edition", announcement.edition())
                        .append("variants", variants)
                        .append("ratePerSecond", announcement.ratePerSecond())
                        .append("status", "RUNNING")
                        .append("recipients", recipients.count(announcement.segment(), announcement.edition()))
                        .append("cursor", null)
                        .append("createdBy", createdBy.userId())
                        .append("createdByName", createdBy.name())
                        .append("createdAt", Date.from(now))
                        .append("v", 0L),
                COLLECTION);
        loop.wake();
        return progress(id).orElseThrow();
    }

    public Optional<Progress> progress(String id) {
        Document broadcast = mongo.findById(id, Document.class, COLLECTION);
        return broadcast == null ? Optional.empty() : Optional.of(progressOf(broadcast));
    }

    public List<Progress> list(int page, int size) {
        return mongo
                .find(
                        new Query()
                                .with(Sort.by(Sort.Direction.DESC, "createdAt"))
                                .skip((long) page * size)
                                .limit(size),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(this::progressOf)
                .toList();
    }

    private Progress progressOf(Document broadcast) {
        String id = broadcast.getString("_id");
        // One grouped count: the people reached so far are the sum of the statuses, read at one time.
        Map<DeliveryStatus, Long> counts = deliveries.countByStatus(id);
        long processed = counts.values().stream().mapToLong(Long::longValue).sum();
        Date completed = broadcast.getDate("completedAt");
        return new Progress(
                id,
                Segment.valueOf(broadcast.getString("segment")),
                broadcast.getInteger("edition"),
                announcementOf(broadcast).variant("en").subject(),
                broadcast.getInteger("ratePerSecond"),
                broadcast.getString("status"),
                ((Number) broadcast.get("recipients")).longValue(),
                processed,
                counts.get(DeliveryStatus.SENT),
                counts.get(DeliveryStatus.PENDING),
                counts.get(DeliveryStatus.FAILED),
                counts.get(DeliveryStatus.SUPPRESSED),
                broadcast.getDate("createdAt").toInstant(),
                completed == null ? null : completed.toInstant(),
                broadcast.getString("createdBy"),
                broadcast.getString("createdByName"));
    }

    /** Who started which broadcast and when, newest first. */
    public AuditPage audit(int page, int size) {
        Query query = new Query()
                .with(Sort.by(Sort.Direction.DESC, "createdAt"))
                .skip((long) page * size)
                .limit(size);
        query.fields()
                .include("segment", "edition", "variants.en.subject", "recipients", "ratePerSecond")
                .include("createdBy", "createdByName", "createdAt");
        List<AuditLine> lines = mongo.find(query, Document.class, COLLECTION).stream()
                .map(b -> new AuditLine(
                        b.getString("_id"),
                        "BROADCAST_STARTED",
                        new Admin(
                                b.getString("createdBy"),
                                b.getString("createdByName") == null
                                        ? b.getString("createdBy")
                                        : b.getString("createdByName")),
                        b.getDate("createdAt").toInstant(),
                        Segment.valueOf(b.getString("segment")),
                        b.getInteger("edition"),
                        b.get("variants", Document.class)
                                .get("en", Document.class)
                                .getString("subject"),
                        ((Number) b.get("recipients")).longValue(),
                        b.getInteger("ratePerSecond")))
                .toList();
        return new AuditPage(lines, mongo.count(new Query(), COLLECTION), page, size);
    }

    /** The announcement of a broadcast, for writing its mails. */
    Announcement announcement(String id) {
        return announcements.computeIfAbsent(id, key -> {
            Document broadcast = mongo.findById(key, Document.class, COLLECTION);
            if (broadcast == null) {
                throw new IllegalStateException("No broadcast " + key);
            }
            return announcementOf(broadcast);
        });
    }

    private static Announcement announcementOf(Document broadcast) {
        Document stored = broadcast.get("variants", Document.class);
        Map<String, Announcement.Variant> variants = new java.util.TreeMap<>();
        stored.forEach((language, v) -> {
            Document variant = (Document) v;
            variants.put(language, new Announcement.Variant(variant.getString("subject"), variant.getString("body")));
        });
        return new Announcement(
                Segment.valueOf(broadcast.getString("segment")),
                broadcast.getInteger("edition"),
                variants,
                broadcast.getInteger("ratePerSecond"));
    }

    /** Walks one page of a running broadcast this replica may work on; false when there is nothing to do. */
    private boolean step() {
        Instant now = clock.instant();
        Query workable = new Query(new Criteria()
                        .andOperator(
                                Criteria.where("status").is("RUNNING"),
                                new Criteria()
                                        .orOperator(
                                                Criteria.where("leaseUntil").is(null),
                                                Criteria.where("leaseUntil").lte(Date.from(now)),
                                                Criteria.where("worker").is(worker))))
                .with(Sort.by("createdAt"))
                .limit(1);
        Document broadcast = mongo.findOne(workable, Document.class, COLLECTION);
        if (broadcast == null) {
            return false;
        }
        String id = broadcast.getString("_id");
        Announcement announcement = announcementOf(broadcast);
        int size = Math.max(1, Math.min(pageSize, announcement.ratePerSecond()));
        // Back-pressure: when the mail relay (or the dispatchers) cannot keep up with the rate, wait for
        // the queue to drain instead of filling it with the whole segment.
        if (deliveries.queued() > Math.max(backlog, 2L * size)) {
            loop.pause(Duration.ofMillis(200));
            return true;
        }
        Instant pageStarted = clock.instant();
        List<Recipients.Listed> page =
                recipients.page(announcement.segment(), announcement.edition(), broadcast.getString("cursor"), size);
        for (Recipients.Listed listed : page) {
            Delivery delivery = delivery(id, listed.recipient());
            if (listed.preferences().frequencyOf(NotificationType.ANNOUNCEMENTS) == Frequency.OFF) {
                deliveries.suppress(delivery);
            } else {
                deliveries.enqueue(delivery);
            }
        }
        Update advance = new Update().inc("v", 1L);
        if (page.isEmpty()) {
            advance.set("status", "COMPLETED")
                    .set("completedAt", Date.from(clock.instant()))
                    .unset("leaseUntil")
                    .unset("worker");
        } else {
            advance.set("cursor", page.getLast().recipient().userId())
                    .set("worker", worker)
                    .set("leaseUntil", Date.from(clock.instant().plus(lease)));
        }
        boolean mine = mongo.updateFirst(
                                new Query(Criteria.where("_id").is(id).and("v").is(broadcast.get("v"))),
                                advance,
                                COLLECTION)
                        .getModifiedCount()
                == 1;
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
