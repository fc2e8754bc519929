package org.wsis.convening.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.wsis.contracts.Topics;
import org.wsis.contracts.account.AccountErased;
import org.wsis.contracts.convening.ConveningItemWithdrawn;
import org.wsis.convening.Forms;
import org.wsis.convening.Published;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import org.wsis.testkit.TopicProbe;

@PlatformIntegrationTest
class ErasureTest {

    @Value("${local.server.port}")
    int port;

    private final TopicProbe topics = TopicProbe.onSharedBroker();

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    @Test
    void anErasedManagerLeavesTheirConvenorsAndAConvenorNobodyElseManagesIsWithdrawnWithItsIssues() {
        String zola = TestUsers.stakeholder("Zola");
        String kofi = TestUsers.stakeholder("Kofi");
        Published published = new Published(api());
        Map<String, Object> ownContact = Forms.profile("Zola's Community Radio");
        ownContact.put("contact", Map.of("name", "Zola", "email", "user-zola@example.org"));
        String alone = published.convenor(zola, ownContact);
        String aloneIssue = published.issue(zola, alone, Forms.issue("Radio for villages without signal"));
        Map<String, Object> shared = Forms.profile("Shared Connectivity Forum");
        shared.put("contact", Map.of("name", "Zola", "email", "USER-ZOLA@example.org"));
        String together = published.convenor(zola, shared);
        String togetherIssue = published.issue(zola, together, Forms.issue("Towers shared in the hills"));
        api().post(
                        "/api/convening/convenors/" + together + "/invitations",
                        zola,
                        Map.of("email", "user-kofi@example.org"));
        api().post("/api/convening/convenors/" + together + "/invitations/accept", kofi, null);

        AccountErased erasure = new AccountErased(
                UUID.randomUUID(), Instant.now(), "user-zola", AccountErased.EntriesChoice.WITHDRAW, null);
        topics.publish(erasure);

        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        api().get("/api/convening/convenors/" + alone, null).status() == 404);
        assertThat(api().get("/api/convening/issues/" + aloneIssue, null).status())
                .isEqualTo(404);
        ConveningItemWithdrawn withdrawn = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> topics.firstOfType(
                                Topics.CONVENING, "org.wsis.convening.ConveningItemWithdrawn", aloneIssue),
                        r -> r.isPresent())
                .map(r -> (ConveningItemWithdrawn) r.event())
                .orElseThrow();
        assertThat(withdrawn.owner().email())
                .as("no event names the erased person")
                .isEmpty();
        assertThat(withdrawn.owner().userId()).doesNotContain("zola");

        ApiClient.Response kept = api().get("/api/convening/convenors/" + together, kofi);
        assertThat(kept.text("status")).isEqualTo("PUBLISHED");
        assertThat(kept.body().path("managers").findValuesAsString("email")).containsExactly("user-kofi@example.org");
        assertThat(kept.body().path("contact").path("email").asString())
                .as("a contact address that was the erased person's own is removed")
                .isEmpty();
        assertThat(api().get("/api/convening/issues/" + togetherIssue, null).status())
                .isEqualTo(200);
        assertThat(api().get("/api/convening/convenors/mine", zola).body().size())
                .isZero();
        assertThat(api().post("/api/convening/convenors", zola, Forms.profile("Back again"))
                        .text("type"))
                .isEqualTo("urn:wsis:problem:account-erased");

        // The same erasure again, redelivered and announced anew, changes nothing. Behind them on the stream's
        // one partition, the erasure of someone else's whose effect shows once the two were handled.
        long version = kept.etag().map(e -> Long.parseLong(e.replace("\"", ""))).orElseThrow();
        topics.publish(erasure);
        topics.publish(new AccountErased(
                UUID.randomUUID(), Instant.now(), "user-zola", AccountErased.EntriesChoice.WITHDRAW, null));
        String marker = published.convenor(TestUsers.stakeholder("Marker"), Forms.profile("Marker Forum"));
        topics.publish(new AccountErased(
                UUID.randomUUID(), Instant.now(), "user-marker", AccountErased.EntriesChoice.WITHDRAW, null));
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        api().get("/api/convening/convenors/" + marker, null).status() == 404);
        assertThat(api().get("/api/convening/convenors/" + together, kofi).etag())
                .contains("\"" + version + "\"");

        // An invitation sent after the erasure is refused to the erased account, whose token is still valid.
        api().post(
                        "/api/convening/convenors/" + together + "/invitations",
                        kofi,
                        Map.of("email", "user-zola@example.org"));
        assertThat(api().post("/api/convening/convenors/" + together + "/invitations/accept", zola, null)
                        .text("type"))
                .isEqualTo("urn:wsis:problem:account-erased");
    }

    @Test
    void theEventsAnErasedPersonListedStayUnderThePseudonymAndWhatTheyFollowedIsForgotten() {
        String yusuf = TestUsers.stakeholder("Yusuf");
        String id = api().post(
                        "/api/convening/events",
                        yusuf,
                        Forms.event("Open data clinic", "2027-09-01T09:00:00", "2027-09-01T12:00:00"))
                .text("id");
        api().post("/api/convening/events/" + id + "/submit", yusuf, null);
        topics.publish(Forms.decision(
                id,
                org.wsis.contracts.moderation.ModerationDecided.SubjectType.CALENDAR_EVENT,
                1,
                org.wsis.contracts.moderation.ModerationDecided.Decision.APPROVED));
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        api().get("/api/convening/calendar/event-" + id, null).status() == 200);
        assertThat(api().put("/api/convening/calendar/event-" + id + "/follow", yusuf, Map.of(), null)
                        .status())
                .isEqualTo(204);
        assertThat(api().get("/api/convening/mine/export", yusuf)
                        .body()
                        .path("following")
                        .size())
                .isEqualTo(1);

        topics.publish(new AccountErased(
                UUID.randomUUID(), Instant.now(), "user-yusuf", AccountErased.EntriesChoice.WITHDRAW, null));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get("/api/convening/mine/export", yusuf)
                        .body()
                        .path("following")
                        .isEmpty());
        var export = api().get("/api/convening/mine/export", yusuf).body();
        assertThat(export.path("calendarEvents").size()).as("no longer theirs").isZero();
        assertThat(api().get("/api/convening/calendar/event-" + id, null).text("title"))
                .as("still listed: it is its organiser's")
                .isEqualTo("Open data clinic");
        assertThat(api().post("/api/convening/events/" + id + "/withdraw", yusuf, null)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theWorkshopsAnErasedPersonProposedStayWithTheirConvenorsAndLeaveTheirExport() {
        String zainab = TestUsers.stakeholder("Zainab");
        String programme = org.wsis.testkit.PlatformInfrastructure.shared()
                .token("prog-pia", "pia@example.org", "Pia", "stakeholder", "programme");
        String venue =
                api().post("/api/convening/venues", programme, Forms.venue()).text("id");
        String convenor =
                new org.wsis.convening.Published(api()).convenor(zainab, Forms.profile("Lagos Open Data Lab"));
        String other = new org.wsis.convening.Published(api())
                .convenor(TestUsers.stakeholder("Yaw"), Forms.profile("Accra Civic Tech"));
        ApiClient.Response proposed = api().post(
                        "/api/convening/workshops",
                        zainab,
                        Forms.workshop(venue, convenor, "Open data for city budgets", 40, java.util.List.of(other)));
        assertThat(proposed.status()).as(proposed.body().toString()).isEqualTo(201);
        String workshop = proposed.text("id");
        assertThat(api().get("/api/convening/mine/export", zainab)
                        .body()
                        .path("workshops")
                        .findValuesAsString("title"))
                .containsExactly("Open data for city budgets");

        topics.publish(new AccountErased(
                UUID.randomUUID(), Instant.now(), "user-zainab", AccountErased.EntriesChoice.WITHDRAW, null));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get("/api/convening/mine/export", zainab)
                        .body()
                        .path("workshops")
                        .isEmpty());
        assertThat(api().get("/api/convening/workshops/" + workshop, programme).text("title"))
                .as("the workshop stays: it is its convenors'")
                .isEqualTo("Open data for city budgets");
    }
}
