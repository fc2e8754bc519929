package org.wsis.notification.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.wsis.notification.Mailbox.subject;
import static org.wsis.notification.Mailbox.text;
import static org.wsis.notification.TestEvents.newId;
import static org.wsis.notification.TestEvents.someone;

import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.community.NewsPublished;
import org.wsis.notification.NotificationIntegrationTest;
import org.wsis.notification.preference.Recipients;
import org.wsis.notification.preference.domain.Frequency;
import org.wsis.notification.preference.domain.NotificationType;
import org.wsis.notification.preference.domain.Preferences;
import org.wsis.testkit.TopicProbe;

/** The newsroom's new posts, from the community stream on the real broker, to the people who asked for the news. */
class NewsMailTest extends NotificationIntegrationTest {

    private final TopicProbe topics = TopicProbe.onSharedBroker();

    @Autowired
    Recipients recipients;

    private Recipient subscribed(String name, String language) {
        Recipient person = someone(name, language);
        recipients.enrol(person, false, false, true);
        recipients.save(
                person.userId(),
                new Preferences(
                        Map.of(NotificationType.NEWS, Frequency.IMMEDIATE), 8, DayOfWeek.MONDAY, ZoneId.of("UTC")));
        return person;
    }

    private static NewsPublished published(String newsId) {
        return new NewsPublished(
                UUID.randomUUID(),
                Instant.now(),
                newsId,
                List.of(
                        new NewsPublished.Headline(
                                "en",
                                "The WSIS Prizes 2027 vote is open",
                                "Anyone can vote for the shortlisted projects until 15 April."),
                        new NewsPublished.Headline(
                                "fr",
                                "Le vote des Prix du SMSI 2027 est ouvert",
                                "Chacun peut voter pour les projets retenus jusqu'au 15 avril.")),
                "ed-nora",
                "Nora Haddad");
    }

    @Test
    void aNewPostReachesThoseWhoAskedForTheNewsOnceInTheirLanguage() {
        Recipient amina = subscribed("Amina Diallo", "fr");
        Recipient olga = subscribed("Olga Ivanova", "ru");
        Recipient ben = someone("Ben Osei", "en");
        recipients.enrol(ben, true, false, true);
        String newsId = newId();

        topics.publish(published(newsId));
        // Delivered again (a producer's retry): it starts nothing more.
        topics.publish(published(newsId));

        MimeMessage toAmina = mail.awaitOne(amina.email());
        assertThat(subject(toAmina)).isEqualTo("Le vote des Prix du SMSI 2027 est ouvert");
        assertThat(text(toAmina))
                .contains("Chacun peut voter pour les projets retenus jusqu'au 15 avril.")
                .contains("http://localhost:8080/news/" + newsId + "?lang=fr")
                .contains("actualités de la plateforme du SMSI");
        MimeMessage toOlga = mail.awaitOne(olga.email());
        assertThat(subject(toOlga))
                .as("the post has no Russian: English")
                .isEqualTo("The WSIS Prizes 2027 vote is open");
        assertThat(text(toOlga)).contains("http://localhost:8080/news/" + newsId + "?lang=ru");

        // A later post's mail tells when everything before it was sent.
        topics.publish(new NewsPublished(
                UUID.randomUUID(),
                Instant.now(),
                newId(),
                List.of(new NewsPublished.Headline("en", "Stocktaking 2027 opens", "Register your activities.")),
                "ed-nora",
                "Nora Haddad"));
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        mail.to(amina.email()).stream().anyMatch(m -> subject(m).equals("Stocktaking 2027 opens")));
        assertThat(mail.to(amina.email()))
                .extracting(m -> subject(m))
                .containsExactlyInAnyOrder("Le vote des Prix du SMSI 2027 est ouvert", "Stocktaking 2027 opens");
        assertThat(mail.to(ben.email())).as("the news is off unless asked for").isEmpty();
    }
}
