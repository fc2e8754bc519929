package org.wsis.systemtest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wsis.localstack.LocalStack;
import org.wsis.testkit.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * The forum in Chromium with Keycloak's tokens: Elena starts a thread about Amina's published entry from the
 * entry's page (the form's errors first), Victor replies and Elena, who follows her thread, is written to
 * with a link to the reply; Victor's advertising is reported by three people on the portal and hidden,
 * Omar reads it with its author's account on his desk and removes it; Omar locks the thread. Visitors read
 * the forum in six languages. axe-core checks every page.
 */
class ForumPagesTest {

    private static LocalStack stack;
    private static Browser browser;

    @BeforeAll
    static void start() {
        stack = RunningPlatform.stack();
        browser = new Browser(stack.portalUrl());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static Page signedIn(String user) {
        Page page = browser.newPage("en-GB");
        Browser.signIn(page, user, user + "-wsis-demo");
        return page;
    }

    private static void report(String user, String threadId, String postId) {
        Page page = signedIn(user);
        page.navigate("/forum/threads/" + threadId);
        Locator post = page.locator("#post-" + postId);
        post.locator("summary").click();
        post.getByLabel("Spam").check();
        post.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send the report"))
                .click();
        assertThat(page.locator(".notice").first()).containsText("moderators will look at your report");
        page.context().close();
    }

    @Test
    void aThreadAboutAnEntryGetsRepliesReportsAndAModeratorsDecision() {
        ApiClient api = new ApiClient(stack.portalUrl());
        String entry = PlatformActions.publishedEntryOfAmina(stack, "Solar kiosks for rural connectivity");
        // Elena starts a thread about the entry from its page; the form says what is missing first.
        Page elena = signedIn("elena");
        elena.navigate("/entries/" + entry);
        elena.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Discuss this entry in the forum"))
                .click();
        elena.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish"))
                .click();
        assertThat(elena.locator("#error-summary")).containsText("Title");
        Browser.assertAccessible(elena);
        elena.locator("#title").fill("How are the kiosks maintained?");
        elena.locator("#body").fill("Who repairs the **panels** when they fail? <script>alert(1)</script>");
        // The forum hears of the entry from the entry stream: until then the form says it is not public.
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            if (elena.locator("#title").count() > 0) {
                elena.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish"))
                        .click();
            }
            return elena.locator("h1").textContent().equals("How are the kiosks maintained?");
        });
        assertThat(elena.locator("article.post strong")).hasText("panels");
        assertThat(elena.locator("article.post .prose")).containsText("<script>alert(1)</script>");
        assertThat(elena.locator("a[href='/entries/" + entry + "']")).hasText("Solar kiosks for rural connectivity");
        String threadId = elena.url().replaceAll(".*/forum/threads/([^?#]+).*", "$1");
        Browser.assertAccessible(elena);

        // Victor replies on the portal; Elena follows her thread and is written to, with a link to the reply.
        Page victor = signedIn("victor");
        victor.navigate("/forum/threads/" + threadId);
        victor.locator("#body").fill("A local cooperative does, trained by the installer.");
        victor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the reply"))
                .click();
        assertThat(victor.locator("article.post").last()).containsText("A local cooperative does");
        Browser.assertAccessible(victor);
        JsonNode mail = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> PlatformActions.mailTo(stack, "elena@example.org").stream()
                                .filter(m -> m.path("subject").asString().contains("How are the kiosks maintained?"))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(mail.path("subject").asString()).contains("Victor");
        assertThat(mail.path("body").asString()).contains("/forum/threads/" + threadId + "?page=last#post-");
        assertThat(PlatformActions.mailTo(stack, "victor@example.org").stream()
                        .filter(m -> m.path("subject").asString().contains("How are the kiosks maintained?")))
                .isEmpty();

        // Victor advertises; Amina, Elena and Paula report it, and it leaves public view.
        ApiClient.Response spam = api.post(
                "/api/community/forum/threads/" + threadId + "/posts",
                stack.demoToken("victor"),
                Map.of("body", "Cheap solar panels at spam.example, 90% off!"));
        assertThat(spam.status()).isEqualTo(201);
        String spamId = spam.text("id");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.post(
                                        "/api/moderation/flags",
                                        stack.demoToken("victor"),
                                        Map.of("postId", spamId, "reason", "SPAM"))
                                .status()
                        == 409);
        for (String user : List.of("amina", "elena", "paula")) {
            report(user, threadId, spamId);
        }
        Page visitor = browser.newPage("en-GB");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            visitor.navigate("/forum/threads/" + threadId);
            assertThat(visitor.locator("#post-" + spamId)).containsText("hidden while moderators review it");
        });
        assertThat(visitor.locator("#post-" + spamId)).not().containsText("spam.example");

        // Omar reads it on his desk with its author's account, and removes it.
        Page omar = signedIn("omar");
        String item = "flagged:" + spamId + ":1";
        omar.navigate("/moderation/items/" + item);
        assertThat(omar.locator("article.submitted")).containsText("Cheap solar panels");
        assertThat(omar.locator("article.submitted"))
                .containsText(PlatformActions.claims(stack.demoToken("victor"))
                        .path("sub")
                        .asString());
        Browser.assertAccessible(omar);
        PlatformActions.decide(
                api,
                stack.demoToken("omar"),
                item,
                Map.of("decision", "REJECTED", "reasonCode", "INAPPROPRIATE_CONTENT", "message", "Advertising."));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            visitor.navigate("/forum/threads/" + threadId);
            assertThat(visitor.locator("#post-" + spamId)).containsText("removed by a moderator");
        });

        // Omar locks the thread: nobody replies any more.
        omar.navigate("/forum/threads/" + threadId);
        omar.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lock the thread"))
                .click();
        assertThat(omar.locator("p.notice[role=note]").first()).containsText("locked this thread");
        victor.navigate("/forum/threads/" + threadId);
        assertThat(victor.locator("#body")).hasCount(0);

        // Visitors read the forum, the category and the thread in every language.
        for (String language : List.of("en-GB", "fr", "es", "ru", "ar", "zh")) {
            Page reader = browser.newPage(language);
            reader.navigate("/forum");
            assertThat(reader.locator("table.threads")).containsText("How are the kiosks maintained?");
            Browser.assertAccessible(reader);
            reader.navigate("/forum/categories/stocktaking");
            Browser.assertAccessible(reader);
            reader.navigate("/forum/threads/" + threadId);
            assertThat(reader.locator("h1")).hasText("How are the kiosks maintained?");
            Browser.assertAccessible(reader);
            reader.context().close();
        }
        Page reader = browser.newPage("en-GB");
        reader.navigate("/forum/threads/" + threadId);
        Browser.screenshot(reader, "forum-thread");
    }
}
