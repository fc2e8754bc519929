package org.wsis.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wsis.contracts.EventJson;
import org.wsis.contracts.GoldenSamples;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.contracts.entry.EntryReturnedForChanges;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TopicProbe;

/** Status mail through a real SMTP server (GreenMail), from events on the real broker. */
@PlatformIntegrationTest
class StatusMailDeliveryTest {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    private final TopicProbe topics = TopicProbe.onSharedBroker();

    private static <T> T golden(Class<T> type, String ceType) {
        return type.cast(EventJson.read(ceType, GoldenSamples.json(ceType).getBytes(StandardCharsets.UTF_8)));
    }

    private static Recipient someone() {
        String id = UUID.randomUUID().toString();
        return new Recipient(id, id + "@example.org", "Amina Diallo", "fr");
    }

    private static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> GreenMailUtil.getAddressList(unchecked(m)).contains(address))
                .toList();
    }

    private static jakarta.mail.Address[] unchecked(MimeMessage message) {
        try {
            return message.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theOwnerOfAPublishedEntryGetsOneMailEvenWhenTheEventArrivesTwice() throws Exception {
        EntryPublished sample = golden(EntryPublished.class, "org.wsis.entry.EntryPublished");
        Recipient owner = someone();
        EntryPublished published = new EntryPublished(
                UUID.randomUUID(),
                sample.occurredAt(),
                UUID.randomUUID().toString(),
                sample.revision(),
                sample.title(),
                sample.organisation(),
                sample.actionLines(),
                owner);
        Recipient markerOwner = someone();
        EntryPublished marker = new EntryPublished(
                UUID.randomUUID(),
                sample.occurredAt(),
                UUID.randomUUID().toString(),
                1,
                "Marker",
                "Org",
                sample.actionLines(),
                markerOwner);

        topics.publish(published);
        topics.publish(published);
        topics.publish(marker);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> mailTo(markerOwner.email()).size() == 1);
        List<MimeMessage> received = mailTo(owner.email());
        assertThat(received).hasSize(1);
        MimeMessage mail = received.getFirst();
        assertThat(mail.getSubject())
                .isEqualTo("Your entry \u201cCommunity broadband for rural schools\u201d is published");
        assertThat(GreenMailUtil.getBody(mail)).contains("http://localhost:8080/entries/" + published.entryId());
        assertThat(mail.getMessageID())
                .isEqualTo("<" + published.eventId() + ":" + owner.userId() + "@notification.wsis-platform>");
    }

    @Test
    void aRequestForChangesCarriesTheModeratorsMessage() {
        EntryReturnedForChanges sample =
                golden(EntryReturnedForChanges.class, "org.wsis.entry.EntryReturnedForChanges");
        Recipient owner = someone();

        topics.publish(new EntryReturnedForChanges(
                UUID.randomUUID(),
                sample.occurredAt(),
                UUID.randomUUID().toString(),
                sample.revision(),
                sample.title(),
                sample.reasonCode(),
                sample.message(),
                owner,
                sample.publishedRevision()));

        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(owner.email()).size() == 1);
        assertThat(GreenMailUtil.getBody(mailTo(owner.email()).getFirst())).contains(sample.message());
    }
}
