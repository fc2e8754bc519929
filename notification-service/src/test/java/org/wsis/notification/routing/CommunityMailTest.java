package org.wsis.notification.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wsis.notification.Mailbox.subject;
import static org.wsis.notification.Mailbox.text;
import static org.wsis.notification.TestEvents.newId;
import static org.wsis.notification.TestEvents.someone;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.community.ForumPostPublished;
import org.wsis.notification.NotificationIntegrationTest;
import org.wsis.testkit.TopicProbe;

/** What the followers of a forum thread receive, from the community stream on the real broker. */
class CommunityMailTest extends NotificationIntegrationTest {

    private final TopicProbe topics = TopicProbe.onSharedBroker();

    /** A revision of {@code author}'s post in the thread about spectrum, naming {@code followers} to write to. */
    private static ForumPostPublished reply(
            String postId, String threadId, Recipient author, int revision, String excerpt, List<Recipient> followers) {
        return new ForumPostPublished(
                UUID.randomUUID(),
                Instant.now(),
                postId,
                revision,
                threadId,
                "Spectrum for community networks",
                "c2",
                author.userId(),
                author.displayName(),
                excerpt,
                followers);
    }

    @Test
    void theFollowersOfAThreadReadEachNewReplyInTheirLanguageButItsAuthorDoesNot() {
        Recipient amina = someone("Amina Diallo", "fr");
        Recipient kenji = someone("Kenji Sato", "zh");
        Recipient ben = someone("Ben Osei", "en");
        String postId = newId();
        String threadId = newId();
        topics.publish(reply(postId, threadId, ben, 1, "We use 5 GHz in two districts.", List.of(amina, kenji, ben)));

        MimeMessage toAmina = mail.awaitOne(amina.email());
        assertThat(subject(toAmina)).isEqualTo("Nouvelle réponse dans « Spectrum for community networks » de Ben Osei");
        assertThat(text(toAmina))
                .contains("We use 5 GHz in two districts.")
                .contains("http://localhost:8080/forum/threads/" + threadId + "?page=last#post-" + postId);
        assertThat(subject(mail.awaitOne(kenji.email())))
                .isEqualTo("Ben Osei在“Spectrum for community networks”中发表了新回复");

        // An edit writes to nobody.
        topics.publish(reply(postId, threadId, ben, 2, "We use 5 GHz in three districts.", List.of()));
        // A later event on the same post (the same key, so read after the edit) tells when the edit was handled.
        topics.publish(reply(postId, threadId, ben, 3, "Marker.", List.of(kenji)));
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> mail.to(kenji.email()).size() == 2);
        assertThat(mail.to(amina.email())).hasSize(1);
        assertThat(mail.to(ben.email())).isEmpty();
    }
}
