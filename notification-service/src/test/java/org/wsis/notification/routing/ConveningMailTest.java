package org.wsis.notification.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.wsis.notification.Mailbox.html;
import static org.wsis.notification.Mailbox.subject;
import static org.wsis.notification.Mailbox.text;
import static org.wsis.notification.TestEvents.newId;
import static org.wsis.notification.TestEvents.someone;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.convening.ContactAccepted;
import org.wsis.contracts.convening.ContactRequested;
import org.wsis.contracts.convening.ConveningItemEvent.ItemKind;
import org.wsis.contracts.convening.ConveningItemReturned;
import org.wsis.contracts.convening.EventReminderDue;
import org.wsis.contracts.convening.ManagerInvited;
import org.wsis.contracts.convening.SimilarIssuesFound;
import org.wsis.contracts.convening.WorkshopInvitationAnswered;
import org.wsis.contracts.convening.WorkshopInvited;
import org.wsis.contracts.convening.WorkshopScheduled;
import org.wsis.notification.NotificationIntegrationTest;
import org.wsis.notification.TestEvents;
import org.wsis.notification.digest.Digests;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformInfrastructure;
import org.wsis.testkit.TopicProbe;

/** What convenors and followers of the calendar receive, from the convening stream on the real broker. */
class ConveningMailTest extends NotificationIntegrationTest {

    private final TopicProbe topics = TopicProbe.onSharedBroker();

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    Digests digests;

    @Test
    void everyManagerOfTheAskedConvenorReadsTheRequestInTheirLanguageWithTheAskersMessage() {
        Recipient lucia = someone("Lucía Fernández", "es");
        Recipient tom = someone("Tom Baker", "en");
        String contactId = newId();
        topics.publish(new ContactRequested(
                UUID.randomUUID(),
                Instant.now(),
                contactId,
                "from-" + contactId,
                "Ghana Community Networks",
                "to-" + contactId,
                "Red de Conectividad Rural",
                "issue-" + contactId,
                "Affordable broadband for rural schools",
                "We connect schools in the Volta region the same way; could we compare costs?",
                List.of(lucia, tom)));

        MimeMessage toLucia = mail.awaitOne(lucia.email());
        assertThat(subject(toLucia))
                .isEqualTo("Ghana Community Networks quiere ponerse en contacto con Red de Conectividad Rural");
        assertThat(text(toLucia))
                .contains("«Affordable broadband for rural schools»")
                .contains("could we compare costs?")
                .contains("http://localhost:8080/my/contacts");
        MimeMessage toTom = mail.awaitOne(tom.email());
        assertThat(subject(toTom))
                .isEqualTo("Ghana Community Networks would like to connect with Red de Conectividad Rural");
        assertThat(html(toTom)).contains("<blockquote", "could we compare costs?");
    }

    @Test
    void onAcceptanceEachSideReceivesTheOthersContactDetails() {
        Recipient kwame = someone("Kwame Mensah", "en");
        Recipient lucia = someone("Lucía Fernández", "fr");
        String contactId = newId();
        topics.publish(new ContactAccepted(
                UUID.randomUUID(),
                Instant.now(),
                contactId,
                "Affordable broadband for rural schools",
                new ContactAccepted.Party(
                        "from-" + contactId,
                        "Ghana Community Networks",
                        "Kwame Mensah",
                        "kwame@gcn.example",
                        null,
                        List.of(kwame)),
                new ContactAccepted.Party(
                        "to-" + contactId,
                        "Red de Conectividad Rural",
                        "Lucía Fernández",
                        "lucia@rcr.example",
                        "+57 1 555 0100",
                        List.of(lucia))));

        String toKwame = text(mail.awaitOne(kwame.email()));
        assertThat(toKwame).contains("lucia@rcr.example", "+57 1 555 0100").doesNotContain("kwame@gcn.example");
        MimeMessage toLucia = mail.awaitOne(lucia.email());
        assertThat(subject(toLucia)).isEqualTo("Vous êtes désormais en contact avec Ghana Community Networks");
        assertThat(text(toLucia)).contains("kwame@gcn.example").doesNotContain("lucia@rcr.example");
    }

    @Test
    void theOwnerOfAReturnedEventReadsTheModeratorsWords() {
        Recipient amina = someone("Amina Diallo", "en");
        String eventId = newId();
        topics.publish(new ConveningItemReturned(
                UUID.randomUUID(),
                Instant.now(),
                ItemKind.EVENT,
                eventId,
                1,
                "Regional consultation on community networks",
                ConveningItemReturned.Outcome.CHANGES_REQUESTED,
                "Please give the address of the venue.",
                false,
                amina));
        MimeMessage received = mail.awaitOne(amina.email());
        assertThat(subject(received))
                .isEqualTo("Changes requested for \u201cRegional consultation on community networks\u201d");
        assertThat(text(received))
                .contains("Please give the address of the venue.")
                .contains("http://localhost:8080/my/events/" + eventId);
    }

    @Test
    void aFollowerIsRemindedInTheEventsZoneUnlessTheyTurnedRemindersOff() {
        Recipient omar = someone("Omar Haddad", "en");
        topics.publish(reminder(omar));
        MimeMessage received = mail.awaitOne(omar.email());
        assertThat(subject(received))
                .isEqualTo("Reminder: \u201cRegional consultation on community networks\u201d starts soon");
        assertThat(text(received))
                .contains("Wednesday, May 12, 2027")
                .contains("(Europe/Zurich)")
                .contains("CICG, Geneva")
                .contains("http://localhost:8080/calendar/event-42");

        Recipient quiet = someone("Quiet Follower", "en");
        String token = PlatformInfrastructure.shared()
                .token(quiet.userId(), quiet.email(), quiet.displayName(), "stakeholder");
        ApiClient api = ApiClient.onPort(port);
        assertThat(api.put(
                                "/api/notifications/preferences",
                                token,
                                Map.of("frequencies", Map.of("EVENT_REMINDERS", "OFF")),
                                null)
                        .status())
                .isEqualTo(200);
        assertThat(api.put(
                                "/api/notifications/preferences",
                                token,
                                Map.of("frequencies", Map.of("EVENT_REMINDERS", "DAILY")),
                                null)
                        .status())
                .as("a reminder in tomorrow's digest would come too late")
                .isEqualTo(400);
        topics.publish(reminder(quiet));
        // A reminder to someone else published after it, on the same stream: once it arrives, the quiet
        // follower's was handled.
        Recipient marker = someone("Marker", null);
        topics.publish(reminder(marker));
        mail.awaitOne(marker.email());
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5))
                .until(() -> mail.to(quiet.email()).isEmpty());
    }

    @Test
    void theInvitedConvenorsManagersReadTheInvitationAndTheProposersEachAnswer() {
        Recipient amal = someone("Amal Haddad", "ar");
        Recipient lucia = someone("Lucía Fernández", "es");
        String workshopId = newId();
        topics.publish(new WorkshopInvited(
                UUID.randomUUID(),
                Instant.now(),
                workshopId,
                "Community networks beyond the last mile",
                "Community networks",
                "WSIS Forum 2027, Geneva",
                "from-" + workshopId,
                "Red de Conectividad Rural",
                "to-" + workshopId,
                "Community Networks Kenya",
                List.of(amal)));
        MimeMessage invitation = mail.awaitOne(amal.email());
        assertThat(subject(invitation))
                .isEqualTo(
                        "يدعو Red de Conectividad Rural الجهة Community Networks Kenya إلى عقد حلقة عمل: «Community networks beyond the last mile»");
        assertThat(text(invitation)).contains("WSIS Forum 2027, Geneva", "http://localhost:8080/my/workshops");

        topics.publish(new WorkshopInvitationAnswered(
                UUID.randomUUID(),
                Instant.now(),
                workshopId,
                "Community networks beyond the last mile",
                "to-" + workshopId,
                "Community Networks Kenya",
                true,
                2,
                true,
                List.of(lucia)));
        MimeMessage answer = mail.awaitOne(lucia.email());
        assertThat(subject(answer))
                .isEqualTo("Community Networks Kenya celebrará «Community networks beyond the last mile» con ustedes");
        assertThat(text(answer)).contains("hasta ahora: 2", "ya puede enviar el taller");
    }

    @Test
    void aPublishedProgrammeTellsEachConvenorsManagersTheRoomAndTimeInTheVenuesZone() {
        Recipient kwame = someone("Kwame Mensah", "en");
        Recipient claire = someone("Claire Dubois", "fr");
        String workshopId = newId();
        topics.publish(new WorkshopScheduled(
                UUID.randomUUID(),
                Instant.now(),
                workshopId,
                "Community networks beyond the last mile",
                "venue-" + workshopId,
                "WSIS Forum 2027, Geneva",
                WorkshopScheduled.Change.SCHEDULED,
                "Room K1",
                Instant.parse("2027-05-11T07:00:00Z"),
                Instant.parse("2027-05-11T08:30:00Z"),
                "Europe/Zurich",
                List.of(kwame, claire)));
        MimeMessage toKwame = mail.awaitOne(kwame.email());
        assertThat(subject(toKwame))
                .startsWith("“Community networks beyond the last mile”: Room K1, Tuesday, May 11, 2027");
        assertThat(text(toKwame)).contains("9:00", "10:30", "Europe/Zurich", "/programme/venue-" + workshopId);
        assertThat(text(mail.awaitOne(claire.email()))).contains("a lieu en Room K1", "mardi 11 mai 2027");

        topics.publish(new WorkshopScheduled(
                UUID.randomUUID(),
                Instant.now(),
                workshopId,
                "Community networks beyond the last mile",
                "venue-" + workshopId,
                "WSIS Forum 2027, Geneva",
                WorkshopScheduled.Change.CANCELLED,
                null,
                null,
                null,
                "Europe/Zurich",
                List.of(kwame)));
        await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> mail.to(kwame.email()).size() == 2);
        assertThat(subject(mail.to(kwame.email()).get(1)))
                .isEqualTo("“Community networks beyond the last mile” is no longer in the programme");
    }

    private static EventReminderDue reminder(Recipient follower) {
        return new EventReminderDue(
                UUID.randomUUID(),
                Instant.now(),
                "event-42|" + follower.userId(),
                "event-42",
                "Regional consultation on community networks",
                "Red de Conectividad Rural",
                Instant.parse("2027-05-12T07:00:00Z"),
                Instant.parse("2027-05-12T15:00:00Z"),
                "Europe/Zurich",
                false,
                null,
                "CICG, Geneva",
                follower);
    }

    @Test
    void convenorsWhoAskedForItReadOfSimilarIssuesInTheirWeeklyDigestAndOthersNever() {
        Recipient asked = someone("Wanjiru Kamau", "en");
        Recipient silent = someone("Silent Manager", "en");
        String token = PlatformInfrastructure.shared()
                .token(asked.userId(), asked.email(), asked.displayName(), "stakeholder");
        ApiClient api = ApiClient.onPort(port);
        assertThat(api.put(
                                "/api/notifications/preferences",
                                token,
                                Map.of("frequencies", Map.of("SIMILAR_ISSUES", "WEEKLY"), "digestDay", "MONDAY"),
                                null)
                        .status())
                .isEqualTo(200);
        String yours = newId();
        for (String other : List.of("Volta Honey Union", "Sahel Bees", "Andes Apicultores")) {
            topics.publish(new SimilarIssuesFound(
                    UUID.randomUUID(),
                    Instant.now(),
                    newId(),
                    1,
                    "Honey exports of " + other,
                    newId(),
                    other,
                    List.of(new SimilarIssuesFound.Match(
                            yours,
                            "Honey exports by mobile payment",
                            newId(),
                            "Highland Beekeepers",
                            List.of(asked, silent)))));
        }
        Recipient marker = someone("Marker", null);
        topics.publish(TestEvents.published(marker, newId(), "Marker"));
        mail.awaitOne(marker.email());
        assertThat(mail.to(asked.email()))
                .as("nothing before the week's digest")
                .isEmpty();

        digests.assemble(Instant.now().plus(Duration.ofDays(8)));
        MimeMessage digest = mail.awaitOne(asked.email());
        assertThat(subject(digest)).isEqualTo("Your weekly WSIS digest: 3 updates");
        assertThat(text(digest))
                .contains("* Honey exports by mobile payment")
                .contains("Volta Honey Union addresses an issue similar to")
                .contains("Sahel Bees", "Andes Apicultores");
        assertThat(mail.to(silent.email())).as("off unless asked for").isEmpty();
    }

    @Test
    void anInvitedAddressIsWrittenToInTheInvitersLanguageWithoutAnAccount() {
        Recipient lucia = someone("Lucía Fernández", "es");
        String invited = "jorge-" + newId() + "@example.org";
        topics.publish(new ManagerInvited(
                UUID.randomUUID(), Instant.now(), newId(), "Red de Conectividad Rural", invited, lucia));
        MimeMessage received = mail.awaitOne(invited);
        assertThat(subject(received)).isEqualTo("Le invitan a gestionar Red de Conectividad Rural");
        assertThat(text(received)).contains("http://localhost:8080/my/convenors");
    }
}
