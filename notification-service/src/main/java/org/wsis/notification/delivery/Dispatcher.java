package org.wsis.notification.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.wsis.notification.delivery.domain.Delivery;
import org.wsis.notification.delivery.domain.DeliveryFailure;
import org.wsis.notification.delivery.domain.RetryPolicy;
import org.wsis.notification.preference.Recipients;
import org.wsis.notification.preference.domain.Frequency;
import org.wsis.notification.preference.domain.NotificationType;
import org.wsis.notification.preference.domain.Preferences;
import org.wsis.servicekit.background.BackgroundLoop;

/**
 * Sends what is due in the queue. One loop claims a batch, splits it over a few SMTP connections and
 * sends each mail, recording each outcome the moment the server answers:
 *
 * <pre>
 *  PENDING ──claim (lease)──> send ──250 accepted──> SENT
 *     ▲                         │
 *     │                         ├── 4xx / no connection ──> PENDING again, due after back-off
 *     │                         │                           (FAILED "GAVE_UP" after the last attempt)
 *     │                         └── 5xx ──> FAILED "PERMANENT"
 *     └── lease ran out (the dispatcher crashed) ──> taken again
 * </pre>
 *
 * Every mail carries a {@code Message-ID} derived from its delivery id, so a mail sent again after a
 * crash between the server's acceptance and the {@code SENT} write is the same message to the receiver,
 * which can drop the copy.
 */
@Component
public class Dispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Deliveries deliveries;
    private final Recipients recipients;
    private final SmtpMailer mailer;
    private final RetryPolicy retries;
    private final MeterRegistry meters;
    private final Clock clock;
    private final int batchSize;
    private final int connections;
    private final Duration lease;
    private final Duration idlePoll;
    private final boolean autoStartup;
    private final BackgroundLoop loop;
    private @Nullable ExecutorService senders;

    public Dispatcher(
            Deliveries deliveries,
            Recipients recipients,
            SmtpMailer mailer,
            MeterRegistry meters,
            Clock clock,
            DispatchSettings dispatch,
            RetrySettings retry) {
        this.deliveries = deliveries;
        this.recipients = recipients;
        this.mailer = mailer;
        this.meters = meters;
        this.clock = clock;
        this.batchSize = dispatch.batchSize();
        this.connections = dispatch.connections();
        this.lease = dispatch.lease();
        this.idlePoll = dispatch.idlePoll();
        this.autoStartup = dispatch.autoStartup();
        this.loop = new BackgroundLoop(
                "mail-dispatcher",
                () -> dispatchOnce() > 0,
                this.idlePoll,
                () -> deliveries.awaitWork(this.idlePoll),
                deliveries::wake);
        this.retries = retry.policy();
    }

    /** One round: claims what is due and sends it. Returns how many deliveries were claimed. */
    int dispatchOnce() {
        List<Delivery> taken = deliveries.claim(batchSize, lease);
        if (taken.isEmpty()) {
            return 0;
        }
        List<Delivery> claimed = stillWanted(taken);
        if (claimed.isEmpty()) {
            return taken.size();
        }
        int chunks = Math.max(1, Math.min(connections, claimed.size()));
        List<List<Delivery>> parts = new ArrayList<>();
        for (int i = 0; i < chunks; i++) {
            parts.add(new ArrayList<>());
        }
        for (int i = 0; i < claimed.size(); i++) {
            parts.get(i % chunks).add(claimed.get(i));
        }
        ExecutorService pool = senders;
        if (pool == null || chunks == 1) {
            parts.forEach(this::sendAll);
        } else {
            List<Future<?>> running =
                    parts.stream().map(p -> pool.submit(() -> sendAll(p))).collect(Collectors.toList());
            for (Future<?> each : running) {
                try {
                    each.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return taken.size();
                } catch (java.util.concurrent.ExecutionException e) {
                    log.error("Sending a batch failed", e.getCause());
                }
            }
        }
        return taken.size();
    }

    /**
     * The deliveries whose recipients still want them: a mail that waited (for a retry, a digest time, a
     * broadcast page) is not sent once its recipient switched that type off or erased their account; it
     * is recorded as suppressed instead. One read for the whole batch.
     */
    private List<Delivery> stillWanted(List<Delivery> taken) {
        List<String> recipientIds =
                taken.stream().map(d -> d.recipient().userId()).distinct().toList();
        Map<String, Preferences> preferences = recipients.preferencesOf(recipientIds);
        java.util.Set<String> erased = recipients.erasedAmong(recipientIds);
        List<Delivery> wanted = new ArrayList<>(taken.size());
        for (Delivery delivery : taken) {
            // The type of a single notice or a broadcast; none for a digest, whose items were checked.
            NotificationType type = delivery.notificationType();
            if (erased.contains(delivery.recipient().userId())) {
                // Queued before its recipient erased their account, and not yet anonymised: never sent.
                deliveries.suppress(delivery.id());
                count(delivery, "suppressed");
            } else if (type != null
                    && preferences.get(delivery.recipient().userId()).frequencyOf(type) == Frequency.OFF) {
                deliveries.suppress(delivery.id());
                count(delivery, "suppressed");
            } else {
                wanted.add(delivery);
            }
        }
        return wanted;
    }

    /** Sends claimed deliveries over one connection, recording each outcome as the server answers. */
    void sendAll(List<Delivery> claimed) {
        Transport transport = null;
        try {
            for (int i = 0; i < claimed.size(); i++) {
                Delivery delivery = claimed.get(i);
                String id = delivery.id();
                int attempt = delivery.attempts() + 1;
                SmtpMailer.Prepared mail;
                try {
                    mail = mailer.prepare(delivery);
                } catch (RuntimeException | MessagingException | UnsupportedEncodingException e) {
                    log.error("Cannot write the mail of delivery {}", id, e);
                    deliveries.failed(id, attempt, DeliveryFailure.UNRENDERABLE, String.valueOf(e.getMessage()), null);
                    count(delivery, "unrenderable");
                    continue;
                }
                try {
                    if (transport == null) {
                        transport = mailer.connect();
                    }
                    Transport open = transport;
                    Timer.Sample sample = Timer.start(meters);
                    open.sendMessage(mail.message(), mail.message().getAllRecipients());
                    sample.stop(meters.timer("wsis.notification.smtp.send"));
                } catch (MessagingException e) {
                    Integer reply = SmtpMailer.replyCode(e);
                    failed(delivery, attempt, reply, e);
                    if (reply == null || transport == null || !transport.isConnected()) {
                        // The connection is gone: give the rest back untried, the next round reconnects.
                        for (Delivery rest : claimed.subList(i + 1, claimed.size())) {
                            deliveries.release(rest.id());
                        }
                        return;
                    }
                    continue;
                }
                deliveries.sent(id, mail.messageId(), mail.subject());
                count(delivery, "sent");
            }
        } finally {
            SmtpMailer.close(transport);
        }
    }

    private void failed(Delivery delivery, int attempt, @Nullable Integer reply, MessagingException e) {
        String id = delivery.id();
        String error = SmtpMailer.describe(e);
        var next = retries.nextAttempt(attempt, reply, clock.instant());
        if (next.isPresent()) {
            log.warn("Delivery {} attempt {} failed, retrying at {}: {}", id, attempt, next.get(), error);
            deliveries.retry(id, attempt, next.get(), error, reply);
            count(delivery, "retried");
        } else {
            boolean permanent = RetryPolicy.permanent(reply);
            log.warn("Delivery {} failed for good after {} attempt(s): {}", id, attempt, error);
            deliveries.failed(
                    id, attempt, permanent ? DeliveryFailure.PERMANENT : DeliveryFailure.GAVE_UP, error, reply);
            count(delivery, permanent ? "failed-permanently" : "gave-up");
        }
    }

    private void count(Delivery delivery, String outcome) {
        meters.counter(
                        "wsis.notification.deliveries",
                        "kind",
                        delivery.kind().name(),
                        "type",
                        String.valueOf(delivery.type()),
                        "outcome",
                        outcome)
                .increment();
    }

    @Override
    public synchronized void start() {
        if (loop.isRunning()) {
            return;
        }
        senders = Executors.newFixedThreadPool(
                Math.max(1, connections),
                Thread.ofPlatform().name("mail-sender-", 0).daemon().factory());
        loop.start();
    }

    @Override
    public synchronized void stop() {
        loop.stop(Duration.ofSeconds(10));
        ExecutorService pool = senders;
        if (pool != null) {
            pool.shutdown();
        }
        senders = null;
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
