package org.wsis.moderation.flag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.Topics;
import org.wsis.contracts.community.ForumPostPublished;
import org.wsis.contracts.community.ForumPostRemoved;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.contracts.moderation.PostHiddenPendingReview;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import org.wsis.testkit.TopicProbe;

/** Posts of the forum are flagged by the entries' rules: the same threshold, weights and allowance. */
@PlatformIntegrationTest
class PostFlagTest {

    @Value("${local.server.port}")
    int port;

    private final TopicProbe topics = TopicProbe.onSharedBroker();
    private final String omar = TestUsers.moderator("Omar");

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private ApiClient.Response flag(String token, Map<String, Object> body) {
        return api().post("/api/moderation/flags", token, body);
    }

    /** A reply by Gus, public and announced to the moderation service; waits until Gus is refused flagging it. */
    private String aPost(String gusToken) {
        String postId = UUID.randomUUID().toString();
        topics.publish(new ForumPostPublished(
                UUID.randomUUID(),
                Instant.now(),
                postId,
                1,
                "thread-1",
                "Spectrum for community networks",
                "c2",
                "user-gus",
                "Gus",
                "Cheap followers at spam.example",
                List.of(new Recipient("user-ada", "ada@example.org", "Ada", "en"))));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "urn:wsis:problem:own-entry"
                        .equals(flag(gusToken, Map.of("postId", postId, "reason", "SPAM"))
                                .text("type")));
        return postId;
    }

    @Test
    void threeFlagsThatCountHideAPostUntilAModeratorWhoSeesItsAuthorDecides() {
        String postId = aPost(TestUsers.stakeholder("Gus"));
        String item = "/api/moderation/items/flagged:" + postId + ":1";

        assertThat(flag(
                                TestUsers.voter(
                                        "Newbie",
                                        "newbie@example.org",
                                        Instant.now().minus(Duration.ofDays(1))),
                                Map.of("postId", postId, "reason", "SPAM"))
                        .status())
                .isEqualTo(201);
        assertThat(flag(TestUsers.voter("Rosa"), Map.of("postId", postId, "reason", "SPAM"))
                        .status())
                .isEqualTo(201);
        assertThat(flag(TestUsers.voter("Sami"), Map.of("postId", postId, "reason", "OFFENSIVE"))
                        .status())
                .isEqualTo(201);
        assertThat(api().get(item, omar).status()).as("two flags that count").isEqualTo(404);
        assertThat(flag(TestUsers.voter("Rosa"), Map.of("postId", postId, "reason", "SPAM"))
                        .text("type"))
                .isEqualTo("urn:wsis:problem:already-flagged");

        assertThat(flag(TestUsers.voter("Tariq"), Map.of("postId", postId, "reason", "SPAM"))
                        .status())
                .isEqualTo(201);
        ApiClient.Response flagged = api().get(item, omar);
        assertThat(flagged.status()).isEqualTo(200);
        assertThat(flagged.text("subjectType")).isEqualTo("FORUM_POST");
        assertThat(flagged.text("authorId")).isEqualTo("user-gus");
        assertThat(flagged.text("title")).contains("Spectrum for community networks", "Cheap followers");
        assertThat(flagged.body().path("flagCount").asInt()).isEqualTo(3);
        PostHiddenPendingReview hidden = (PostHiddenPendingReview) await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> topics.firstOfType(
                                Topics.MODERATION, "org.wsis.moderation.PostHiddenPendingReview", postId),
                        r -> r.isPresent())
                .orElseThrow()
                .event();
        assertThat(hidden.itemId()).isEqualTo("flagged:" + postId + ":1");
        assertThat(api().get(item + "/flags", omar).body().findValuesAsString("accountId"))
                .containsExactly("voter-newbie", "voter-rosa", "voter-sami", "voter-tariq");

        assertThat(api().post(item + "/claim", omar, null).status()).isEqualTo(200);
        ApiClient.Response decided = api().post(
                        item + "/decision",
                        omar,
                        Map.of(
                                "decision",
                                "REJECTED",
                                "reasonCode",
                                "INAPPROPRIATE_CONTENT",
                                "message",
                                "This is advertising."));
        assertThat(decided.status()).as(decided.body().toString()).isEqualTo(200);
        ModerationDecided decision = (ModerationDecided) await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> topics.firstOfType(Topics.MODERATION, "org.wsis.moderation.ModerationDecided", postId),
                        r -> r.isPresent())
                .orElseThrow()
                .event();
        assertThat(decision.subjectType()).isEqualTo(ModerationDecided.SubjectType.FORUM_POST);
        assertThat(decision.kind()).isEqualTo(ModerationDecided.ItemKind.FLAGGED);
        assertThat(decision.decision()).isEqualTo(ModerationDecided.Decision.REJECTED);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.wsis.moderation.flag.mongo.PublishedEntries published;

    private static ForumPostPublished revision(String postId, int revision, String excerpt) {
        return new ForumPostPublished(
                UUID.randomUUID(),
                Instant.now(),
                postId,
                revision,
                "thread-1",
                "Spectrum for community networks",
                "c2",
                "user-gus",
                "Gus",
                excerpt,
                List.of());
    }

    @Test
    void anEditDoesNotStartTheCountAgain() {
        String postId = UUID.randomUUID().toString();
        published.on(revision(postId, 1, "Cheap followers"), "user-gus");
        published.on(revision(postId, 2, "Cheap followers, edited"), "user-gus");
        // Flags on the post keep counting on the revision they were raised on: one for the post's whole life.
        var post = published.find("forum-post:" + postId).orElseThrow();
        assertThat(post.revision()).isEqualTo(1);
        assertThat(post.title()).contains("edited");
        assertThat(post.actionLines()).containsExactly("C2");
    }

    @Test
    void aRemovedPostCanNoLongerBeFlaggedAndAFlagNamesOneThing() {
        String postId = aPost(TestUsers.stakeholder("Gus"));
        topics.publish(new ForumPostRemoved(
                UUID.randomUUID(), Instant.now(), postId, "thread-1", "user-gus", "user-gus", null));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> flag(TestUsers.voter("Uma"), Map.of("postId", postId, "reason", "SPAM"))
                                .status()
                        == 404);

        ApiClient.Response both =
                flag(TestUsers.voter("Vic"), Map.of("postId", postId, "entryId", "some-entry", "reason", "SPAM"));
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.body().path("errors").findValuesAsString("field")).containsExactly("aboutOneThing");
        assertThat(flag(TestUsers.voter("Vic"), Map.of("reason", "SPAM")).status())
                .isEqualTo(400);
    }
}
