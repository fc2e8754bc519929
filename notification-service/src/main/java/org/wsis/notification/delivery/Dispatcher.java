package org.wsis.notification.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.wsis.contracts.Recipient;
import org.wsis.notification.delivery.domain.DeliveryFailure;
import org.wsis.notification.delivery.domain.RetryPolicy;
import org.wsis.notification.mail.MailSettings;
import org.wsis.notification.mail.RenderedMail;
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
    private final JavaMailSenderImpl smtp;
    private final Map<Delivery.Kind, MailSource> sources;
    private final RetryPolicy retries;
    private final MeterRegistry meters;
    private final Clock clock;
    private final InternetAddress from;
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
            JavaMailSenderImpl smtp,
            List<MailSource> sources,
            MeterRegistry meters,
            Clock clock,
            MailSettings mail,
            DispatchSettings dispatch,
            RetrySettings retry)
            throws jakarta.mail.internet.AddressException {
        this.deliveries = deliveries;
        this.recipients = recipients;
        this.smtp = smtp;
        this.sources = sources.stream().collect(Collectors.toMap(MailSource::kind, Function.identity()));
        this.meters = meters;
        this.clock = clock;
        this.from = new InternetAddress(mail.from());
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

    /** The {@code Message-ID} of a delivery: the same for every attempt. */
    public static String messageIdOf(String deliveryId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(deliveryId.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash, 0, 16) + "@notification.wsis-platform>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
                Prepared mail;
                try {
                    mail = prepare(delivery);
                } catch (RuntimeException | MessagingException | UnsupportedEncodingException e) {
                    log.error("Cannot write the mail of delivery {}", id, e);
                    deliveries.failed(id, attempt, DeliveryFailure.UNRENDERABLE, String.valueOf(e.getMessage()), null);
                    count(delivery, "unrenderable");
                    continue;
                }
                try {
                    if (transport == null) {
                        transport = connect();
                    }
                    Transport open = transport;
                    Timer.Sample sample = Timer.start(meters);
                    open.sendMessage(mail.message(), mail.message().getAllRecipients());
                    sample.stop(meters.timer("wsis.notification.smtp.send"));
                } catch (MessagingException e) {
                    Integer reply = replyCode(e);
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
            close(transport);
        }
    }

    private void failed(Delivery delivery, int attempt, @Nullable Integer reply, MessagingException e) {
        String id = delivery.id();
        String error = describe(e);
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

    record Prepared(MimeMessage message, String messageId, String subject) {}

    /** The mail of a delivery, ready for the wire, with its stable {@code Message-ID}. */
    Prepared prepare(Delivery delivery) throws MessagingException, UnsupportedEncodingException {
        Delivery.Kind kind = delivery.kind();
        MailSource source = sources.get(kind);
        if (source == null) {
            throw new IllegalStateException("No mail source for deliveries of kind " + kind);
        }
        RenderedMail rendered = source.render(delivery);
        Recipient to = delivery.recipient();
        MimeMessage message = new MimeMessage(smtp.getSession());
        MimeMessageHelper helper =
                new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        helper.setFrom(from);
        helper.setTo(new InternetAddress(to.email(), to.displayName(), "UTF-8"));
        helper.setSubject(rendered.subject());
        helper.setText(rendered.text(), rendered.html());
        message.setHeader("List-Unsubscribe", "<" + rendered.unsubscribeUrl() + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("Content-Language", rendered.language());
        message.setHeader("Auto-Submitted", "auto-generated");
        message.saveChanges();
        String messageId = messageIdOf(delivery.id());
        // Set after saveChanges, which would otherwise replace it with a random id.
        message.setHeader("Message-ID", messageId);
        return new Prepared(message, messageId, rendered.subject());
    }

    private Transport connect() throws MessagingException {
        Transport transport = smtp.getSession().getTransport(smtp.getProtocol() == null ? "smtp" : smtp.getProtocol());
        // An empty SMTP_USER means no login: Jakarta Mail would try to log in with empty credentials.
        String user = smtp.getUsername() == null || smtp.getUsername().isEmpty() ? null : smtp.getUsername();
        transport.connect(smtp.getHost(), smtp.getPort(), user, user == null ? null : smtp.getPassword());
        return transport;
    }

    private static void close(@Nullable Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                log.debug("Closing the SMTP connection failed", e);
            }
        }
    }

    /** The SMTP reply code behind a failure, if the server answered at all. */
    static @Nullable Integer replyCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof SMTPAddressFailedException e) {
                return e.getReturnCode();
            }
            if (t instanceof SMTPSenderFailedException e) {
                return e.getReturnCode();
            }
            if (t instanceof SMTPSendFailedException e && e.getReturnCode() > 0) {
                Integer nested = e.getNextException() == null ? null : replyCode(e.getNextException());
                return nested != null ? nested : e.getReturnCode();
            }
        }
        return null;
    }

    private static @Nullable Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static String describe(MessagingException e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 500; t = next(t)) {
            if (!text.isEmpty()) {
                text.append(" / ");
            }
            text.append(String.valueOf(t.getMessage()).strip());
        }
        return text.toString();
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
