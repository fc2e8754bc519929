package org.wsis.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.wsis.notification.delivery.domain.Delivery;
import org.wsis.notification.delivery.domain.DeliveryFailure;
import org.wsis.notification.delivery.domain.DeliveryStatus;
import org.wsis.notification.delivery.domain.LoggedDelivery;
import org.wsis.notification.delivery.mongo.DeliveryStore;

/**
 * The delivery log and the queue of mail still to send ({@link DeliveryStore}), and the signal that
 * wakes this process's dispatcher when something was queued.
 *
 * <p>Each delivery has a deterministic id: recording it twice is refused on the id, which is what makes a
 * redelivered event send nothing twice. A delivery is recorded before it is queued and leaves the queue
 * only after its outcome is recorded, so a crash between any two steps leaves either nothing to do or a
 * queue entry that finishes the job.
 */
@Service
public class Deliveries {

    private final DeliveryStore store;
    private final Clock clock;
    private final Object work = new Object();
    private boolean queuedSinceLastWait;

    public Deliveries(DeliveryStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Records a delivery to send and queues it; true when it is new. A delivery recorded before is left
     * as it is, except that one still pending is queued again (a crash may have come between the two
     * writes).
     */
    public boolean enqueue(Delivery delivery) {
        boolean created = store.record(delivery, DeliveryStatus.PENDING);
        if (!created && !store.isPending(delivery.id())) {
            return false;
        }
        store.queue(delivery.id(), clock.instant());
        wake();
        return created;
    }

    /** Records that nothing was sent because the recipient switched this mail off. */
    public void suppress(Delivery delivery) {
        store.record(delivery, DeliveryStatus.SUPPRESSED);
    }

    /**
     * Waits until something is queued in this process or {@code timeout} passes (other replicas' work
     * and retries coming due are found by polling).
     */
    void awaitWork(Duration timeout) throws InterruptedException {
        synchronized (work) {
            if (!queuedSinceLastWait) {
                work.wait(Math.max(1, timeout.toMillis()));
            }
            queuedSinceLastWait = false;
        }
    }

    /** Wakes a waiting dispatcher: something was queued, or it is asked to stop. */
    void wake() {
        synchronized (work) {
            queuedSinceLastWait = true;
            work.notifyAll();
        }
    }

    /**
     * Takes up to {@code limit} due deliveries for this dispatcher for {@code lease}; two dispatchers
     * never take the same one.
     */
    List<Delivery> claim(int limit, Duration lease) {
        return store.claim(limit, lease);
    }

    /** The SMTP server accepted the mail. */
    void sent(String id, String messageId, String subject) {
        store.sent(id, messageId, subject);
    }

    /** A temporary failure: the delivery waits until {@code next} and is tried again. */
    void retry(String id, int attempts, Instant next, String error, @Nullable Integer smtpReply) {
        store.retry(id, attempts, next, error, smtpReply);
    }

    /** A failure for good: recorded, and the delivery leaves the queue. */
    void failed(String id, int attempts, DeliveryFailure failure, String error, @Nullable Integer smtpReply) {
        store.failed(id, attempts, failure, error, smtpReply);
    }

    /** The recipient switched this type of mail off before it went out: recorded, and it leaves the queue. */
    void suppress(String id) {
        store.suppress(id);
    }

    /** Gives a claimed delivery back untried, to be taken again at once. */
    void release(String id) {
        store.release(id);
    }

    /**
     * The deliveries of an erased person: none goes out any more, and the log keeps each one under
     * {@code pseudonym} without what it said about them; returns how many it moved.
     */
    public int erase(String recipientId, String pseudonym) {
        return store.erase(recipientId, pseudonym);
    }

    /** A person's own deliveries, newest first, for their export. */
    public List<LoggedDelivery> of(String recipientId) {
        return store.of(recipientId);
    }

    /** How many deliveries wait in the queue, due or not. */
    public long queued() {
        return store.queued();
    }

    /** Whether a delivery with this id was recorded, whatever became of it. */
    public boolean exists(String id) {
        return store.exists(id);
    }

    /** One delivery as the log shows it. */
    public Optional<LoggedDelivery> logged(String id) {
        return store.logged(id);
    }

    /** A page of the log, newest first, filtered by whichever of the arguments are given. */
    public List<LoggedDelivery> log(
            @Nullable String recipientId,
            @Nullable String eventId,
            @Nullable String broadcastId,
            @Nullable DeliveryStatus status,
            int page,
            int size) {
        return store.log(recipientId, eventId, broadcastId, status, page, size);
    }

    public long count(
            @Nullable String recipientId,
            @Nullable String eventId,
            @Nullable String broadcastId,
            @Nullable DeliveryStatus status) {
        return store.count(recipientId, eventId, broadcastId, status);
    }

    /** How many of a broadcast's deliveries are in each status, read at one time. */
    public Map<DeliveryStatus, Long> countByStatus(String broadcastId) {
        return store.countByStatus(broadcastId);
    }
}
