package org.wsis.community.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.Topics;
import org.wsis.contracts.community.ForumPostPublished;
import org.wsis.contracts.community.ForumPostRemoved;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.contracts.moderation.ModerationDecided.Decision;
import org.wsis.contracts.moderation.PostHiddenPendingReview;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import org.wsis.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

/** The forum over HTTP and its streams. A post may be changed for 3 s here; an account writes 12 posts an hour. */
@PlatformIntegrationTest
@TestPropertySource(properties = {"wsis.forum.edit-window=3s", "wsis.forum.posts-per-account=12"})
class ForumTest {

    private static final String FORUM = "/api/community/forum";

    @Value("${local.server.port}")
    int port;

    private final TopicProbe topics = TopicProbe.onSharedBroker();

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private static Map<String, Object> thread(String category, String title, String body) {
        Map<String, Object> form = new HashMap<>();
        form.put("categoryId", category);
        form.put("title", title);
        form.put("body", body);
        return form;
    }

    /** Starts a thread and answers [thread id, first post id]. */
    private String[] start(String token, String category, String title, String body) {
        ApiClient.Response started = api().post(FORUM + "/threads", token, thread(category, title, body));
        assertThat(started.status()).as(started.body().toString()).isEqualTo(201);
        return new String[] {
            started.body().path("thread").path("id").asString(),
            started.body().path("posts").get(0).path("id").asString()
        };
    }

    private String reply(String token, String threadId, String body) {
        ApiClient.Response replied = api().post(FORUM + "/threads/" + threadId + "/posts", token, Map.of("body", body));
        assertThat(replied.status()).as(replied.body().toString()).isEqualTo(201);
        return replied.text("id");
    }

    private ForumPostPublished published(String postId, int revision) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> topics.readAll(Topics.COMMUNITY).stream()
                                .map(TopicProbe.Received::event)
                                .filter(e -> e instanceof ForumPostPublished p
                                        && p.postId().equals(postId)
                                        && p.revision() == revision)
                                .map(ForumPostPublished.class::cast)
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    private JsonNode postOn(String threadId, String postId, String token) {
        for (JsonNode post :
                api().get(FORUM + "/threads/" + threadId, token).body().path("posts")) {
            if (post.path("id").asString().equals(postId)) {
                return post;
            }
        }
        throw new AssertionError("no post " + postId + " on thread " + threadId);
    }

    @Test
    void repliesAreWrittenToTheThreadsFollowersButNeverToTheirAuthor() {
        String ada = TestUsers.stakeholder("Ada");
        String ben = TestUsers.stakeholder("Ben");
        String cleo = TestUsers.stakeholder("Cleo");
        String[] started = start(ada, "c2", "Spectrum for community networks", "Who has **licence-exempt** bands?");
        published(started[1], 1);

        String benReply = reply(ben, started[0], "We use 5 GHz in two districts.");
        ForumPostPublished toAda = published(benReply, 1);
        assertThat(toAda.subscribers()).extracting(Recipient::userId).containsExactly("user-ada");
        assertThat(toAda.threadTitle()).isEqualTo("Spectrum for community networks");
        assertThat(toAda.categoryId()).isEqualTo("c2");
        assertThat(toAda.excerpt()).isEqualTo("We use 5 GHz in two districts.");

        assertThat(api().delete(FORUM + "/threads/" + started[0] + "/subscription", ada)
                        .status())
                .isEqualTo(204);
        String cleoReply = reply(cleo, started[0], "And TV white spaces in the hills.");
        assertThat(published(cleoReply, 1).subscribers())
                .extracting(Recipient::userId)
                .containsExactly("user-ben");
        String benAgain = reply(ben, started[0], "Ben again.");
        assertThat(published(benAgain, 1).subscribers())
                .extracting(Recipient::userId)
                .containsExactly("user-cleo");

        JsonNode page = api().get(FORUM + "/threads/" + started[0], null).body();
        assertThat(page.path("thread").path("posts").asInt()).isEqualTo(4);
        assertThat(page.path("posts").findValuesAsString("author")).containsExactly("Ada", "Ben", "Cleo", "Ben");
        assertThat(page.path("following").asBoolean()).isFalse();
        assertThat(api().get(FORUM + "/threads/" + started[0], ben)
                        .body()
                        .path("following")
                        .asBoolean())
                .isTrue();
        assertThat(api().get(FORUM + "/subscriptions", ben).body().findValuesAsString("id"))
                .contains(started[0]);
        assertThat(api().get(FORUM + "/threads?category=c2", null)
                        .body()
                        .path("threads")
                        .findValuesAsString("id"))
                .contains(started[0]);
        JsonNode c2 = null;
        for (JsonNode category : api().get(FORUM + "/categories", null).body()) {
            if (category.path("id").asString().equals("c2")) {
                c2 = category;
            }
        }
        assertThat(c2).isNotNull();
        assertThat(c2.path("actionLine").asString()).isEqualTo("C2");
        assertThat(c2.path("threads").asLong()).isPositive();
    }

    @Test
    void hostileMarkdownIsShownAsTextAndNeverRunsNorLeavesThePage() {
        String mallory = TestUsers.stakeholder("Mallory");
        String hostile = String.join(
                "\n\n",
                "<script>alert('x')</script>",
                "[click](javascript:alert(1))",
                "<img src=x onerror=alert(1)>",
                "![tracker](https://evil.example/pixel.png)",
                "<a href=\"https://evil.example\" onclick=\"steal()\">raw link</a>",
                "[ITU](https://www.itu.int) and **bold** and https://www.wsis.org",
                "<iframe src=\"https://evil.example\"></iframe>");
        String[] started = start(mallory, "general", "A post with markup", hostile);

        String html = postOn(started[0], started[1], null).path("html").asString();
        assertThat(html)
                .doesNotContain("<script", "javascript:", "onerror=", "onclick=", "<img", "<iframe")
                .contains("&lt;script&gt;")
                .contains("<strong>bold</strong>");
        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("script, img, iframe, [onclick], [onerror]")).isEmpty();
        assertThat(page.select("a").eachAttr("href"))
                .containsExactly("", "https://evil.example/pixel.png", "https://www.itu.int", "https://www.wsis.org");
        assertThat(page.select("a").eachText()).containsExactly("click", "tracker", "ITU", "https://www.wsis.org");
        for (Element link : page.select("a")) {
            assertThat(link.attr("rel").split(" "))
                    .containsExactlyInAnyOrder("nofollow", "noopener", "noreferrer", "ugc");
        }
        // What the author wrote is kept as written, for them to change.
        assertThat(postOn(started[0], started[1], mallory).path("markdown").asString())
                .isEqualTo(hostile);
        assertThat(postOn(started[0], started[1], null).path("markdown").isNull())
                .isTrue();
    }

    @Test
    void onlyItsAuthorChangesAPostAndOnlyWithinTheEditWindow() {
        String dana = TestUsers.stakeholder("Dana");
        String eve = TestUsers.stakeholder("Eve");
        String[] started = start(dana, "c7", "Telemedicine in rural clinics", "First draft.");
        String post = FORUM + "/posts/" + started[1];

        ApiClient.Response byOther = api().put(post, eve, Map.of("body", "Hijacked."), null);
        assertThat(byOther.status()).isEqualTo(409);
        assertThat(byOther.text("type")).isEqualTo("urn:wsis:problem:not-author");
        ApiClient.Response edited = api().put(post, dana, Map.of("body", "Second *draft*."), "\"0\"");
        assertThat(edited.status()).as(edited.body().toString()).isEqualTo(200);
        assertThat(edited.body().path("revision").asInt()).isEqualTo(2);
        assertThat(edited.text("html")).contains("<em>draft</em>");
        assertThat(published(started[1], 2).subscribers()).isEmpty();
        assertThat(api().put(post, dana, Map.of("body", "Stale."), "\"0\"").text("type"))
                .isEqualTo("urn:wsis:problem:stale-version");

        // Asking again with the text it has changes nothing, until the window closes and it is refused.
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> "urn:wsis:problem:edit-window-closed"
                        .equals(api().put(post, dana, Map.of("body", "Second *draft*."), null)
                                .text("type")));
        ApiClient.Response late = api().put(post, dana, Map.of("body", "Too late."), null);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("type")).isEqualTo("urn:wsis:problem:edit-window-closed");
        assertThat(api().get(post, null).text("html")).contains("Second <em>draft</em>.");
    }

    @Test
    void aFlaggedPostIsHiddenUntilAModeratorDecidesAndModeratorsSeeWhoWroteIt() {
        String fay = TestUsers.stakeholder("Fay");
        String gus = TestUsers.stakeholder("Gus");
        String omar = TestUsers.moderator("Omar");
        String[] started = start(fay, "general", "Buy cheap followers", "Opening post.");
        String spam = reply(gus, started[0], "Cheap followers at spam.example");
        String kept = reply(gus, started[0], "A fair question, actually.");

        topics.publish(
                new PostHiddenPendingReview(UUID.randomUUID(), Instant.now(), spam, 1, "flagged:" + spam + ":1", 3));
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        postOn(started[0], spam, null).path("status").asString().equals("HIDDEN"));
        assertThat(postOn(started[0], spam, null).path("html").isNull()).isTrue();
        assertThat(postOn(started[0], spam, fay).path("html").isNull()).isTrue();
        assertThat(postOn(started[0], spam, gus).path("html").asString()).contains("Cheap followers");
        JsonNode asModerator = postOn(started[0], spam, omar);
        assertThat(asModerator.path("html").asString()).contains("Cheap followers");
        assertThat(asModerator.path("authorAccount").asString()).isEqualTo("user-gus");
        assertThat(postOn(started[0], spam, fay).path("authorAccount").isNull()).isTrue();
        assertThat(api().get(FORUM + "/threads/" + started[0], null)
                        .body()
                        .path("thread")
                        .path("posts")
                        .asInt())
                .isEqualTo(2);

        ModerationDecided removed = decision(spam, Decision.REJECTED);
        topics.publish(removed);
        topics.publish(removed);
        ForumPostRemoved gone = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> topics.readAll(Topics.COMMUNITY).stream()
                                .map(TopicProbe.Received::event)
                                .filter(e -> e instanceof ForumPostRemoved r
                                        && r.postId().equals(spam))
                                .map(ForumPostRemoved.class::cast)
                                .toList(),
                        l -> !l.isEmpty())
                .getFirst();
        assertThat(gone.removedBy()).isEqualTo("mod-omar");
        assertThat(gone.reasonCode()).isEqualTo("INAPPROPRIATE_CONTENT");
        assertThat(postOn(started[0], spam, null).path("status").asString()).isEqualTo("REMOVED");
        assertThat(postOn(started[0], spam, gus).path("html").isNull()).isTrue();

        topics.publish(
                new PostHiddenPendingReview(UUID.randomUUID(), Instant.now(), kept, 1, "flagged:" + kept + ":1", 3));
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        postOn(started[0], kept, null).path("status").asString().equals("HIDDEN"));
        topics.publish(decision(kept, Decision.APPROVED));
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        postOn(started[0], kept, null).path("status").asString().equals("VISIBLE"));
        assertThat(postOn(started[0], kept, null).path("html").asString()).contains("A fair question");
        assertThat(api().get(FORUM + "/threads/" + started[0], null)
                        .body()
                        .path("thread")
                        .path("posts")
                        .asInt())
                .isEqualTo(2);
        // The removal was announced once, however often the decision came.
        assertThat(topics.readAll(Topics.COMMUNITY).stream()
                        .map(TopicProbe.Received::event)
                        .filter(e ->
                                e instanceof ForumPostRemoved r && r.postId().equals(spam)))
                .hasSize(1);
    }

    private static ModerationDecided decision(String postId, Decision decision) {
        return new ModerationDecided(
                UUID.randomUUID(),
                Instant.now(),
                "flagged:" + postId + ":1",
                ModerationDecided.SubjectType.FORUM_POST,
                postId,
                1,
                decision,
                decision == Decision.APPROVED ? "MEETS_GUIDELINES" : "INAPPROPRIATE_CONTENT",
                decision == Decision.APPROVED ? null : "This is advertising.",
                "mod-omar",
                ModerationDecided.ItemKind.FLAGGED);
    }

    @Test
    void moderatorsLockAndMoveThreadsAndNobodyElseDoes() {
        String hana = TestUsers.stakeholder("Hana");
        String omar = TestUsers.moderator("Omar");
        String[] started = start(hana, "general", "E-waste take-back schemes", "Which ones work?");
        String thread = FORUM + "/threads/" + started[0];

        assertThat(api().post(thread + "/lock", hana, null).status()).isEqualTo(403);
        assertThat(api().post(thread + "/move", hana, Map.of("categoryId", "c7"))
                        .status())
                .isEqualTo(403);
        assertThat(api().post(thread + "/lock", omar, null)
                        .body()
                        .path("locked")
                        .asBoolean())
                .isTrue();
        ApiClient.Response refused = api().post(thread + "/posts", hana, Map.of("body", "Still there?"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("type")).isEqualTo("urn:wsis:problem:thread-locked");
        assertThat(api().put(FORUM + "/posts/" + started[1], hana, Map.of("body", "Changed."), null)
                        .text("type"))
                .isEqualTo("urn:wsis:problem:thread-locked");
        assertThat(api().post(thread + "/unlock", omar, null)
                        .body()
                        .path("locked")
                        .asBoolean())
                .isFalse();
        reply(hana, started[0], "Open again.");

        ApiClient.Response moved = api().post(thread + "/move", omar, Map.of("categoryId", "c7"));
        assertThat(moved.text("categoryId")).isEqualTo("c7");
        assertThat(api().get(FORUM + "/threads?category=c7", null)
                        .body()
                        .path("threads")
                        .findValuesAsString("id"))
                .contains(started[0]);
        assertThat(api().get(FORUM + "/threads?category=general", null)
                        .body()
                        .path("threads")
                        .findValuesAsString("id"))
                .doesNotContain(started[0]);
    }

    @Test
    void aThreadIsAboutAPublicEntryOnly() {
        String ivan = TestUsers.stakeholder("Ivan");
        String entryId = "entry-" + UUID.randomUUID();
        Map<String, Object> form =
                thread("stocktaking", "About the school connectivity project", "How did you fund it?");
        form.put("about", Map.of("kind", "ENTRY", "id", entryId));

        ApiClient.Response unknown = api().post(FORUM + "/threads", ivan, form);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("detail")).contains("Public entry " + entryId);

        topics.publish(new EntryPublished(
                UUID.randomUUID(),
                Instant.now(),
                entryId,
                1,
                "Connecting 500 schools",
                "Ministry of Education",
                List.of(ActionLine.C2),
                new Recipient("user-amina", "amina@example.org", "Amina", "en")));
        ApiClient.Response started = await().atMost(Duration.ofSeconds(30))
                .until(() -> api().post(FORUM + "/threads", ivan, form), r -> r.status() == 201);
        assertThat(started.body().path("thread").path("about").path("title").asString())
                .isEqualTo("Connecting 500 schools");
        assertThat(api().get(FORUM + "/threads?about=ENTRY:" + entryId, null)
                        .body()
                        .path("threads")
                        .valueStream()
                        .map(t -> t.path("title").asString()))
                .containsExactly("About the school connectivity project");
    }

    @Test
    void badThreadsAreRefusedFieldByFieldAndChangeNothing() {
        String jo = TestUsers.stakeholder("Jo");
        long before = api().get(FORUM + "/threads", null).body().path("total").asLong();
        ApiClient.Response refused = api().post(
                        FORUM + "/threads",
                        jo,
                        Map.of(
                                "categoryId",
                                "c12",
                                "title",
                                "ab",
                                "body",
                                " ",
                                "about",
                                Map.of("kind", "PLANET", "id", "x")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("categoryId", "title", "body", "about.kind");
        assertThat(api().post(FORUM + "/threads", null, thread("general", "Anonymous", "Hello"))
                        .status())
                .isEqualTo(401);
        assertThat(api().get(FORUM + "/threads", null).body().path("total").asLong())
                .isEqualTo(before);
    }

    @Test
    void anUnverifiedAddressWritesNothingAndDeepNestingIsNoFailure() {
        String unverified = org.wsis.testkit.PlatformInfrastructure.shared()
                .tokenIssuer()
                .mint(
                        "user-throwaway",
                        "throwaway@example.org",
                        "Throwaway",
                        "en",
                        List.of("stakeholder"),
                        Duration.ofMinutes(30),
                        Map.of("email_verified", false));
        ApiClient.Response refused = api().post(FORUM + "/threads", unverified, thread("general", "Buy now", "Cheap!"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("type")).isEqualTo("urn:wsis:problem:address-not-verified");

        String nested = "> ".repeat(4_000) + "deep";
        String[] started = start(TestUsers.stakeholder("Nia"), "general", "Quotes in quotes", nested);
        String html = postOn(started[0], started[1], null).path("html").asString();
        assertThat(Jsoup.parseBodyFragment(html).select("blockquote").size()).isBetween(1, 16);
    }

    @Test
    void anAccountWritesAtMostItsAllowanceOfPostsAnHour() {
        String kai = TestUsers.stakeholder("Kai");
        String[] started = start(kai, "general", "Counting posts", "One.");
        for (int i = 2; i <= 12; i++) {
            reply(kai, started[0], "Post " + i);
        }
        ApiClient.Response thirteenth =
                api().post(FORUM + "/threads/" + started[0] + "/posts", kai, Map.of("body", "13"));
        assertThat(thirteenth.status()).isEqualTo(429);
        assertThat(thirteenth.text("type")).isEqualTo("urn:wsis:problem:too-many-posts");
        reply(TestUsers.stakeholder("Lou"), started[0], "Others still may.");
    }
}
