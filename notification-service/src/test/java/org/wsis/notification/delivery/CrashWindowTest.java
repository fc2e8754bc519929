package org.wsis.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.wsis.notification.TestEvents.newId;
import static org.wsis.notification.TestEvents.someone;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.notification.Mailbox;
import org.wsis.notification.NotificationIntegrationTest;
import org.wsis.notification.TestEvents;
import org.wsis.notification.delivery.domain.Delivery;
import org.wsis.notification.delivery.domain.DeliveryStatus;
import org.wsis.notification.delivery.domain.LoggedDelivery;
import org.wsis.testkit.TopicProbe;

/**
 * Both sides of the one window no SMTP client can close. A crashed dispatcher is one that took
 * deliveries under a one-second lease and stopped part way; the service's own dispatcher is stopped
 * while the crash is staged and started again to recover.
 */
class CrashWindowTest extends NotificationIntegrationTest {

    private static final Duration CRASHED_LEASE = Duration.ofSeconds(1);

    private final TopicProbe topics = TopicProbe.onSharedBroker();

    @Autowired
    Deliveries deliveries;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    SmtpMailer mailer;

    @Autowired
    JavaMailSenderImpl smtp;

    @BeforeEach
    void noDispatcherRunning() {
        dispatcher.stop();
    }

    @AfterEach
    void dispatcherBack() {
        dispatcher.start();
    }

    private Delivery takenByACrashingDispatcher(EntryPublished event) {
        String id = event.eventId() + ":" + event.owner().userId() + ":ENTRY_STATUS";
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries.exists(id));
        java.util.concurrent.atomic.AtomicReference<Delivery> taken =
                new java.util.concurrent.atomic.AtomicReference<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            deliveries.claim(100, CRASHED_LEASE).stream()
                    .filter(d -> id.equals(d.id()))
                    .findFirst()
                    .ifPresent(taken::set);
            return taken.get() != null;
        });
        return taken.get();
    }

    private LoggedDelivery logged(String id) {
        return deliveries.logged(id).orElseThrow();
    }

    @Test
    void aCrashBeforeTheServerAcceptedTheMailSendsItOnceWhenTheLeaseRunsOut() {
        Recipient amina = someone("Amina Diallo", "en");
        EntryPublished published = TestEvents.published(amina, newId(), "Before");
        topics.publish(published);
        String id = takenByACrashingDispatcher(published).id();
        // The dispatcher that took it crashes here, before any SMTP command.
        long crashedAt = System.nanoTime();

        dispatcher.start();

        await().atMost(Duration.ofSeconds(15)).until(() -> logged(id).status() == DeliveryStatus.SENT);
        assertThat(Duration.ofNanos(System.nanoTime() - crashedAt))
                .as("taken over only once the crashed dispatcher's lease ran out")
                .isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(mail.to(amina.email())).hasSize(1);

        topics.publish(published);
        // The test broker's single partition: once the marker is handled, so is everything published before.
        Recipient marker = someone("Marker", "en");
        topics.publish(TestEvents.published(marker, newId(), "Marker"));
        mail.awaitOne(marker.email());
        assertThat(mail.to(amina.email()))
                .as("a redelivered event after the mail went out sends nothing")
                .hasSize(1);
    }

    @Test
    void aCrashAfterTheServerAcceptedTheMailSendsItAgainWithTheSameMessageId() throws Exception {
        Recipient kofi = someone("Kofi Mensah", "en");
        EntryPublished published = TestEvents.published(kofi, newId(), "After");
        topics.publish(published);
        Delivery taken = takenByACrashingDispatcher(published);
        String id = taken.id();
        // The dispatcher that took it sends it, the server accepts it, and the dispatcher crashes before
        // it records SENT.
        smtp.send(mailer.prepare(taken).message());
        await().atMost(Duration.ofSeconds(10)).until(() -> mail.to(kofi.email()).size() == 1);
        assertThat(logged(id).status()).isEqualTo(DeliveryStatus.PENDING);

        dispatcher.start();

        await().atMost(Duration.ofSeconds(15)).until(() -> logged(id).status() == DeliveryStatus.SENT);
        var copies = mail.to(kofi.email());
        assertThat(copies).hasSize(2);
        assertThat(copies)
                .extracting(m -> Mailbox.header(m, "Message-ID"))
                .containsExactly(SmtpMailer.messageIdOf(id), SmtpMailer.messageIdOf(id));
        assertThat(logged(id).messageId()).isEqualTo(SmtpMailer.messageIdOf(id));
    }
}
