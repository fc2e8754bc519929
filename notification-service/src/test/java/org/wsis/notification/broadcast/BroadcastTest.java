package org.wsis.notification.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.wsis.notification.TestEvents.someone;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wsis.contracts.Recipient;
import org.wsis.notification.Mailbox;
import org.wsis.notification.NotificationIntegrationTest;
import org.wsis.notification.TestEvents;
import org.wsis.notification.preference.Recipients;
import org.wsis.notification.preference.domain.NotificationType;
import org.wsis.notification.preference.domain.Preferences;
import org.wsis.notification.preference.domain.Segment;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformInfrastructure;
import org.wsis.testkit.TopicProbe;

/** Announcements to the voters of an edition, throttled, and restarted half way. */
class BroadcastTest extends NotificationIntegrationTest {

    private final TopicProbe topics = TopicProbe.onSharedBroker();

    @LocalServerPort
    int port;

    @Autowired
    Broadcasts broadcasts;

    @Autowired
    Recipients recipients;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.onPort(port);
    }

    private static String admin() {
        return PlatformInfrastructure.shared().token("admin-ines", "ines@example.org", "Ines Admin", "admin");
    }

    @Test
    void anAnnouncementToAnEditionsVotersReachesEachOnceAtTheRateEvenWhenRestartedHalfWay() {
        int edition = 2061;
        List<Recipient> voters = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Recipient voter = someone("Voter " + i, i % 10 == 0 ? "fr" : "en");
            voters.add(voter);
            // Two ballots each: a voter is one recipient, however many categories they voted in.
            topics.publish(TestEvents.ballot(voter, edition, 1));
            topics.publish(TestEvents.ballot(voter, edition, 2));
        }
        Recipient quiet = voters.get(7);
        recipients.save(quiet.userId(), Preferences.defaults().without(NotificationType.ANNOUNCEMENTS));
        await().atMost(Duration.ofSeconds(30)).until(() -> recipients.count(Segment.EDITION_VOTERS, edition) == 40);

        ApiClient.Response started = api.post(
                "/api/notifications/broadcasts",
                admin(),
                Map.of(
                        "segment",
                        "EDITION_VOTERS",
                        "edition",
                        edition,
                        "ratePerSecond",
                        10,
                        "texts",
                        Map.of(
                                "en",
                                        Map.of(
                                                "subject",
                                                "Thank you for voting",
                                                "body",
                                                "The results come on 2 May.\n\nSee you at the Forum."),
                                "fr",
                                        Map.of(
                                                "subject",
                                                "Merci d'avoir voté",
                                                "body",
                                                "Les résultats arrivent le 2 mai."))));
        assertThat(started.status()).isEqualTo(202);
        String id = started.text("id");
        assertThat(started.body().path("recipients").asInt()).isEqualTo(40);
        long began = System.nanoTime();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> progress(id).path("processed").asInt() >= 10);
        broadcasts.stop();
        int processedWhenStopped = progress(id).path("processed").asInt();
        assertThat(processedWhenStopped).isLessThan(40);
        assertThat(progress(id).path("status").asString()).isEqualTo("RUNNING");
        await().pollDelay(Duration.ofMillis(800)).until(() -> true);
        assertThat(progress(id).path("processed").asInt())
                .as("nothing moves while stopped")
                .isEqualTo(processedWhenStopped);
        broadcasts.start();

        await().atMost(Duration.ofSeconds(60))
                .until(() -> "COMPLETED".equals(progress(id).path("status").asString())
                        && progress(id).path("pending").asInt() == 0);
        double seconds = (System.nanoTime() - began) / 1e9;
        var done = progress(id);
        assertThat(done.path("processed").asInt()).isEqualTo(40);
        assertThat(done.path("sent").asInt()).isEqualTo(39);
        assertThat(done.path("suppressed").asInt()).isEqualTo(1);
        assertThat(done.path("failed").asInt()).isZero();
        assertThat(seconds).as("40 people at 10 a second take about 4 seconds").isGreaterThanOrEqualTo(3.0);
        for (Recipient voter : voters) {
            assertThat(mail.to(voter.email())).as(voter.displayName()).hasSize(voter == quiet ? 0 : 1);
        }
        assertThat(Mailbox.subject(mail.to(voters.get(10).email()).getFirst())).isEqualTo("Merci d'avoir voté");
        var english = mail.to(voters.get(1).email()).getFirst();
        assertThat(Mailbox.subject(english)).isEqualTo("Thank you for voting");
        assertThat(Mailbox.text(english)).contains("The results come on 2 May.", "See you at the Forum.");
        assertThat(Mailbox.header(english, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
    }

    @Test
    void aBroadcastRequestWithMistakesIsRefusedFieldByFieldAndStartsNothing() {
        int before = api.get("/api/notifications/broadcasts?size=100", admin())
                .body()
                .size();

        ApiClient.Response refused = api.post(
                "/api/notifications/broadcasts",
                admin(),
                Map.of(
                        "segment",
                        "EVERYONE",
                        "ratePerSecond",
                        0,
                        "texts",
                        Map.of("de", Map.of("subject", "Hallo", "body", "Text"))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsString("field"))
                .containsExactly("ratePerSecond", "segment", "texts.de", "texts.en");
        assertThat(api.get("/api/notifications/broadcasts?size=100", admin())
                        .body()
                        .size())
                .isEqualTo(before);

        ApiClient.Response votersWithoutEdition = api.post(
                "/api/notifications/broadcasts",
                admin(),
                Map.of("segment", "EDITION_VOTERS", "texts", Map.of("en", Map.of("subject", "Hi", "body", "Text"))));
        assertThat(votersWithoutEdition.body().path("errors").findValuesAsString("field"))
                .containsExactly("edition");
    }

    @Test
    void onlyAdminsBroadcast() {
        String stakeholder = PlatformInfrastructure.shared().token("user-sam", "sam@example.org", "Sam", "stakeholder");

        assertThat(api.post("/api/notifications/broadcasts", stakeholder, Map.of("segment", "ALL_STAKEHOLDERS"))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/notifications/broadcasts/unknown", admin()).status())
                .isEqualTo(404);
    }

    private tools.jackson.databind.JsonNode progress(String id) {
        return api.get("/api/notifications/broadcasts/" + id, admin()).body();
    }

    @Test
    void whoStartedWhichBroadcastAndWhenIsInTheAuditTrailForAdminsOnly() {
        String subject = "Voting closes on Friday " + System.nanoTime();
        java.time.Instant before = java.time.Instant.now();
        ApiClient.Response started = api.post(
                "/api/notifications/broadcasts",
                admin(),
                Map.of(
                        "segment",
                        "EDITION_VOTERS",
                        "edition",
                        2099,
                        "texts",
                        Map.of("en", Map.of("subject", subject, "body", "Last call."))));
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.text("createdByName")).isEqualTo("Ines Admin");

        ApiClient.Response trail = api.get("/api/notifications/broadcasts/audit?size=100", admin());
        assertThat(trail.status()).isEqualTo(200);
        var line = java.util.stream.StreamSupport.stream(
                        trail.body().path("lines").spliterator(), false)
                .filter(l -> l.path("broadcastId").asString().equals(started.text("id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the broadcast is not in the audit trail"));
        assertThat(line.path("action").asString()).isEqualTo("BROADCAST_STARTED");
        assertThat(line.path("by").path("userId").asString()).isEqualTo("admin-ines");
        assertThat(line.path("by").path("name").asString()).isEqualTo("Ines Admin");
        assertThat(java.time.Instant.parse(line.path("at").asString())).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(line.path("segment").asString()).isEqualTo("EDITION_VOTERS");
        assertThat(line.path("edition").asInt()).isEqualTo(2099);
        assertThat(line.path("subject").asString()).isEqualTo(subject);
        assertThat(trail.body().path("total").asLong()).isGreaterThanOrEqualTo(1);

        String stakeholder = PlatformInfrastructure.shared()
                .token("user-olga", "olga@example.org", "Olga", "stakeholder", "moderator");
        assertThat(api.get("/api/notifications/broadcasts/audit", stakeholder).status())
                .isEqualTo(403);
    }
}
