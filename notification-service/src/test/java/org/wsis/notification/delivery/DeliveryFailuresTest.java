package org.wsis.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.wsis.notification.TestEvents.newId;
import static org.wsis.notification.TestEvents.someone;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.notification.NotificationIntegrationTest;
import org.wsis.notification.RefusingSmtpServer;
import org.wsis.notification.TestEvents;
import org.wsis.notification.delivery.domain.DeliveryStatus;
import org.wsis.notification.delivery.domain.LoggedDelivery;
import org.wsis.testkit.TopicProbe;

/** When the SMTP server is away or says no. */
class DeliveryFailuresTest extends NotificationIntegrationTest {

    private final TopicProbe topics = TopicProbe.onSharedBroker();

    @Autowired
    Deliveries deliveries;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @AfterEach
    void serverBack() {
        if (!smtpRunning()) {
            restartSmtp();
        }
    }

    private static String deliveryOf(EntryPublished event) {
        return event.eventId() + ":" + event.owner().userId() + ":ENTRY_STATUS";
    }

    private LoggedDelivery awaitDelivery(String id, java.util.function.Predicate<LoggedDelivery> condition) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> deliveries.logged(id).filter(condition).isPresent());
        return deliveries.logged(id).orElseThrow();
    }

    @Test
    void aServerThatIsAwayIsTriedAgainWithBackOffAndTheMailGoesOutOnceWhenItIsBack() {
        Recipient amina = someone("Amina Diallo", "en");
        EntryPublished published = TestEvents.published(amina, newId(), "Patient");
        stopSmtp();

        topics.publish(published);

        LoggedDelivery failing = awaitDelivery(deliveryOf(published), d -> d.attempts() >= 1);
        assertThat(failing.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(failing.lastError()).isNotBlank();
        assertThat(failing.nextAttemptAt()).isAfter(failing.lastAttemptAt());

        restartSmtp();

        LoggedDelivery sent = awaitDelivery(deliveryOf(published), d -> d.status() == DeliveryStatus.SENT);
        assertThat(sent.attempts()).isGreaterThanOrEqualTo(2);
        assertThat(mail.to(amina.email())).hasSize(1);
    }

    @Test
    void aMailWaitingForTheServerIsNotSentOnceItsRecipientUnsubscribed() {
        Recipient li = someone("Li Wei", "en");
        EntryPublished published = TestEvents.published(li, newId(), "Changed my mind");
        stopSmtp();
        topics.publish(published);
        awaitDelivery(deliveryOf(published), d -> d.attempts() >= 1);

        String token = org.wsis.testkit.PlatformInfrastructure.shared()
                .token(li.userId(), li.email(), li.displayName(), "stakeholder");
        assertThat(org.wsis.testkit.ApiClient.onPort(port)
                        .put(
                                "/api/notifications/preferences",
                                token,
                                java.util.Map.of("frequencies", java.util.Map.of("ENTRY_STATUS", "OFF")),
                                null)
                        .status())
                .isEqualTo(200);
        restartSmtp();

        awaitDelivery(deliveryOf(published), d -> d.status() == DeliveryStatus.SUPPRESSED);
        // The test broker's single partition: once the marker is handled, so is everything published before.
        Recipient marker = someone("Marker", "en");
        topics.publish(TestEvents.published(marker, newId(), "Marker"));
        mail.awaitOne(marker.email());
        assertThat(mail.to(li.email())).isEmpty();
    }

    @Test
    void aServerAwayForLongerThanEveryRetryLeavesTheDeliveryFailedAndSaysWhy() {
        Recipient kofi = someone("Kofi Mensah", "en");
        EntryPublished published = TestEvents.published(kofi, newId(), "Unlucky");
        stopSmtp();

        topics.publish(published);

        LoggedDelivery failed = awaitDelivery(deliveryOf(published), d -> d.status() == DeliveryStatus.FAILED);
        assertThat(failed.failure()).isEqualTo("GAVE_UP");
        assertThat(failed.attempts()).isEqualTo(6);
        assertThat(failed.lastError()).isNotBlank();

        restartSmtp();
        // The test broker's single partition: once the marker is handled, so is everything published before.
        Recipient marker = someone("Marker", "en");
        topics.publish(TestEvents.published(marker, newId(), "Marker"));
        mail.awaitOne(marker.email());
        assertThat(mail.to(kofi.email()))
                .as("a delivery given up is not sent later")
                .isEmpty();
    }

    @Test
    void aMailboxTheServerRefusesIsRecordedAsAPermanentFailureAndNotRetried() {
        String id = "user-" + UUID.randomUUID();
        Recipient gone = new Recipient(id, id + "@" + RefusingSmtpServer.UNKNOWN_DOMAIN, "Gone", "en");
        Recipient present = someone("Present", "en");
        EntryPublished refused = TestEvents.published(gone, newId(), "Nobody home");

        topics.publish(refused);
        topics.publish(TestEvents.published(present, newId(), "Somebody home"));

        LoggedDelivery failed = awaitDelivery(deliveryOf(refused), d -> d.status() == DeliveryStatus.FAILED);
        assertThat(failed.failure()).isEqualTo("PERMANENT");
        assertThat(failed.smtpReply()).isEqualTo(550);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("mailbox unavailable");
        assertThat(mail.awaitOne(present.email())).isNotNull();
    }
}
