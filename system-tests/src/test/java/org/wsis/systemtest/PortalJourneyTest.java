package org.wsis.systemtest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wsis.localstack.LocalStack;
import org.wsis.testkit.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * The portal as people use it, in Chromium: registering and verifying an address, submitting an entry,
 * a moderator approving it, the public finding it, the owner's mail, a nomination and a vote, and the
 * Arabic interface laid out right to left. axe-core checks each page on the way.
 */
class PortalJourneyTest {

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

    private static List<JsonNode> mailTo(String address) {
        return PlatformActions.mailTo(stack, address);
    }

    private static Page signedIn(String user) {
        Page page = browser.newPage("en-GB");
        Browser.signIn(page, user, user + "-wsis-demo");
        return page;
    }

    @Test
    void aVisitorRegistersConfirmsTheirAddressFromTheMailAndIsSignedIn() {
        Page page = browser.newPage("en-GB");
        page.navigate("/");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "home");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register"))
                .click();
        page.locator("#username").fill("fatou");
        page.locator("#email").fill("fatou@example.net");
        page.locator("#firstName").fill("Fatou");
        page.locator("#lastName").fill("Sow");
        page.locator("#password").fill("a-long-enough-password");
        page.locator("#password-confirm").fill("a-long-enough-password");
        page.locator("#kc-register-form [type=submit]").click();

        // Keycloak asks to confirm the address; the link arrives in the inbox.
        JsonNode mail = await().atMost(Duration.ofSeconds(60))
                .until(() -> mailTo("fatou@example.net"), list -> !list.isEmpty())
                .getFirst();
        Matcher link = Pattern.compile("https?://\\S+/login-actions/action-token\\S+")
                .matcher(mail.path("body").asString());
        assertThat(link.find()).as("a verification link in %s", mail).isTrue();
        page.navigate(link.group());

        page.waitForURL(url -> url.startsWith(stack.portalUrl()));
        assertThat(page.locator(".who")).hasText("Fatou Sow");
        // A new account may register activities (the realm's default role).
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My entries")))
                .isVisible();

        // Signing out ends the Keycloak session too: "Sign in" asks for the password again.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        page.waitForURL(url -> url.startsWith(stack.portalUrl()));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")))
                .isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.locator("#password")).isVisible();
    }

    @Test
    void anEntryIsSubmittedApprovedByAModeratorFoundByThePublicAndItsOwnerIsToldByMail() {
        String title = "Solar-powered community learning centres";
        Page amina = signedIn("amina");
        amina.navigate("/my/entries");
        Browser.assertAccessible(amina);
        amina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register a new activity"))
                .click();

        // Sending an empty form shows each problem next to its field, and saves nothing.
        amina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and submit for moderation"))
                .click();
        assertThat(amina.locator("#error-summary")).isVisible();
        assertThat(amina.locator("#title-error")).isVisible();
        assertThat(amina.locator("#title")).hasAttribute("aria-invalid", "true");
        Browser.assertAccessible(amina);
        Browser.screenshot(amina, "entry-form-errors");

        amina.locator("#title").fill(title);
        amina.locator("#organisation").fill("Ministry of Digital Economy");
        amina.locator("#stakeholderType").selectOption("GOVERNMENT");
        amina.locator("#country").selectOption("SN");
        amina.locator("#al-C4").check();
        amina.locator("#sdg-4").check();
        amina.locator("#shortDescription").fill("Solar kiosks bring connected learning to villages. ".repeat(10));
        assertThat(amina.locator("#word-count")).containsText("70 words.");
        amina.locator("#startDate").fill("2025-03-01");
        amina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and submit for moderation"))
                .click();
        assertThat(amina.locator("h1")).hasText(title);
        assertThat(amina.locator(".badge").first()).hasText("Waiting for moderation");
        String entryId = amina.url().substring(amina.url().lastIndexOf('/') + 1);

        Page omar = signedIn("omar");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            omar.navigate("/moderation");
            assertThat(omar.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)))
                    .isVisible();
        });
        Browser.assertAccessible(omar);
        Browser.screenshot(omar, "moderation-queue");
        omar.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))
                .click();
        omar.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim this item"))
                .click();
        omar.getByLabel("Approve").check();
        omar.locator("#single-reason").selectOption("MEETS_GUIDELINES");
        Browser.assertAccessible(omar);
        Browser.screenshot(omar, "moderation-decision");
        omar.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the decision"))
                .click();
        assertThat(omar.locator(".notice")).containsText("Your decision is recorded");

        Page visitor = browser.newPage("en-GB");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            visitor.navigate("/entries?q=" + title.replace(' ', '+'));
            assertThat(visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)))
                    .isVisible();
        });
        Browser.assertAccessible(visitor);
        visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))
                .click();
        assertThat(visitor.locator("h1")).hasText(title);
        Browser.assertAccessible(visitor);

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(mailTo("amina@example.org").stream()
                                .filter(m -> m.path("body").asString().contains(title))
                                .map(m -> m.path("subject").asString()))
                        .anySatisfy(subject -> assertThat(subject).containsIgnoringCase("published")));

        amina.navigate("/my/entries/" + entryId);
        assertThat(amina.locator(".badge").first()).hasText("Published");
    }

    @Test
    void theSearchPageFiltersAndPagesThePublishedEntries() {
        Page page = browser.newPage("en-GB");
        page.navigate("/entries");
        assertThat(page.locator("h2.count")).containsText("activities found");
        page.locator("#region").selectOption("AFR");
        // htmx replaces the results and keeps the address in step with the filters.
        page.waitForURL(url -> url.contains("region=AFR"));
        assertThat(page.locator("#results .result").first()).isVisible();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "search");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next page"))
                .click();
        assertThat(page.locator(".pager")).containsText("Page 2 of");

        // Several values of a filter, a country, an order; the export links follow what is shown.
        page.navigate("/entries");
        page.locator("#region").selectOption(new String[] {"AFR", "ARB"});
        page.waitForURL(url -> url.contains("region=AFR&region=ARB"));
        page.locator("#sort").selectOption("title");
        page.waitForURL(url -> url.contains("sort=title"));
        String csv = page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("CSV").setExact(true))
                .getAttribute("href");
        assertThat(csv).isEqualTo("/api/entries/export.csv?region=AFR&region=ARB");
        com.microsoft.playwright.APIResponse export = page.request().get(csv);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.headers().get("content-type")).startsWith("text/csv");
        String json = page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("JSON").setExact(true))
                .getAttribute("href");
        tools.jackson.databind.JsonNode exported = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(page.request().get(json).text());
        assertThat(exported.size()).isPositive();
        assertThat(exported.findValuesAsString("region")).containsOnly("AFR", "ARB");
        Browser.assertAccessible(page);
    }

    @Test
    void arabicReadersGetTheInterfaceRightToLeft() {
        Page page = browser.newPage("en-GB");
        page.navigate("/entries");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("العربية"))
                .click();
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("html")).hasAttribute("lang", "ar");
        assertThat(page.locator("h1")).hasText("البحث في قاعدة بيانات الحصر");
        // The choice is kept for the next page.
        page.navigate("/prizes");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        Browser.assertAccessible(page);
        page.navigate("/entries");
        Browser.screenshot(page, "search-arabic");
    }

    @Test
    void anOwnerNominatesTheirEntryAndAVoterVotesAndSeesTheirProgress() {
        String admin = stack.demoToken("admin");
        int year = 2031;
        ApiClient prizes = new ApiClient(stack.portalUrl());
        assertThat(prizes.post("/api/prizes/editions", admin, Map.of("year", year))
                        .status())
                .isEqualTo(201);
        assertThat(prizes.post("/api/prizes/editions/" + year + "/phase", admin, Map.of("phase", "SUBMISSION"))
                        .status())
                .isEqualTo(200);
        String entryId = PlatformActions.publishedEntryOfAmina(stack, "Village health records on mobile phones");

        Page amina = signedIn("amina");
        amina.navigate("/my/entries/" + entryId);
        amina.locator("#category").selectOption("10");
        amina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nominate"))
                .click();
        assertThat(amina.locator(".notice")).containsText("Your nomination was received");

        String nominationId = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> prizes.get("/api/prizes/editions/" + year + "/nominations/mine", stack.demoToken("amina"))
                                .body(),
                        body -> body.size() > 0)
                .get(0)
                .path("id")
                .asString();
        String item = "nomination:" + nominationId + ":1";
        PlatformActions.approveInTheQueue(stack, item);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> prizes.get("/api/prizes/editions/" + year + "/nominations/mine", stack.demoToken("amina"))
                        .body()
                        .get(0)
                        .path("status")
                        .asString()
                        .equals("ELIGIBLE"));
        assertThat(prizes.post("/api/prizes/editions/" + year + "/phase", admin, Map.of("phase", "EXPERT_REVIEW"))
                        .status())
                .isEqualTo(200);
        assertThat(prizes.post(
                                "/api/prizes/editions/" + year + "/nominations/" + nominationId + "/shortlist",
                                admin,
                                null)
                        .status())
                .isEqualTo(200);
        assertThat(prizes.post("/api/prizes/editions/" + year + "/phase", admin, Map.of("phase", "VOTING"))
                        .status())
                .isEqualTo(200);

        Page victor = signedIn("victor");
        victor.navigate("/prizes/" + year + "/vote?category=10");
        assertThat(victor.locator("#progress-label")).hasText("You voted in 0 of 18 categories.");
        Browser.assertAccessible(victor);
        // Before voting, Victor reads what the nominee is, in its entry's words, and comes back to the ballot.
        victor.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("About Village health records on mobile phones"))
                .click();
        assertThat(victor.locator("h1")).hasText("Village health records on mobile phones");
        assertThat(victor.locator("#summary-h")).isVisible();
        Browser.assertAccessible(victor);
        victor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vote in this category"))
                .click();
        victor.getByLabel("Village health records on mobile phones", new Page.GetByLabelOptions().setExact(false))
                .check();
        Browser.screenshot(victor, "vote");
        victor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cast my vote"))
                .click();
        assertThat(victor.locator(".notice")).containsText("Your vote in category 10 is recorded");
        assertThat(victor.locator("#progress-label")).hasText("You voted in 1 of 18 categories.");
        // Back on the category: the vote is shown, not offered again.
        victor.navigate("/prizes/" + year + "/vote?category=10");
        assertThat(victor.locator(".voted")).containsText("You voted for Village health records");
        assertThat(victor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cast my vote")))
                .hasCount(0);

        // The nomination mail's unsubscribe link opens through the portal, asks, and then stops that kind of mail.
        JsonNode nominationMail = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> mailTo("amina@example.org").stream()
                                .filter(m -> m.path("subject").asString().startsWith("Your nomination"))
                                .filter(m -> m.path("subject").asString().contains("Village health records"))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        Matcher unsubscribe = Pattern.compile("https?://\\S+/api/notifications/unsubscribe\\?\\S+")
                .matcher(nominationMail.path("body").asString());
        assertThat(unsubscribe.find()).isTrue();
        assertThat(unsubscribe.group()).startsWith(stack.portalUrl());
        Page reader = browser.newPage("en-GB");
        reader.navigate(unsubscribe.group());
        Browser.assertAccessible(reader);
        reader.locator("form button").click();
        assertThat(reader.locator("form button")).hasCount(0);
        assertThat(prizes.get("/api/notifications/preferences", stack.demoToken("amina"))
                        .body()
                        .path("frequencies")
                        .path("NOMINATIONS")
                        .asString())
                .isEqualTo("OFF");
    }

    @Test
    void pagesForbidFramingAndForeignScriptsAndAFormWithoutItsTokenChangesNothing() {
        Page victor = signedIn("victor");
        APIResponse home = victor.request().get("/");
        assertThat(home.headers().get("content-security-policy"))
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(home.headers().get("referrer-policy")).isEqualTo("same-origin");
        assertThat(home.headers().get("x-content-type-options")).isEqualTo("nosniff");

        // A form sent from another site carries the session cookie but not the page's token: refused.
        APIResponse forged = victor.request()
                .post(
                        "/account/notifications",
                        RequestOptions.create()
                                .setForm(FormData.create().set("frequency.ANNOUNCEMENTS", "OFF"))
                                .setMaxRedirects(0));
        assertThat(forged.status()).isEqualTo(403);

        victor.navigate("/account/notifications");
        assertThat(victor.locator("#ANNOUNCEMENTS-IMMEDIATE")).isChecked();
        Browser.assertAccessible(victor);
        Browser.screenshot(victor, "notification-preferences");
        // The page's own form does change them.
        victor.locator("#ANNOUNCEMENTS-OFF").check();
        victor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my preferences"))
                .click();
        assertThat(victor.locator(".notice")).containsText("Your preferences are saved");
        assertThat(victor.locator("#ANNOUNCEMENTS-OFF")).isChecked();
    }

    @Test
    void whatPeopleWriteIsShownAsTextNeverAsMarkup() {
        String title = "<img src=x onerror=\"document.title='owned'\"> Markup stays text " + System.nanoTime();
        String id = PlatformActions.publishedEntryOfAmina(stack, title);
        Page visitor = browser.newPage("en-GB");
        visitor.navigate("/entries/" + id);
        assertThat(visitor.locator("h1")).hasText(title);
        assertThat(visitor.locator("h1 img")).hasCount(0);
        assertThat(visitor).not().hasTitle("owned");
    }

    @Test
    void anAdminPlansAnEditionTakesItToTheVoteReviewsBallotsAndSendsAnAnnouncement() {
        Page admin = signedIn("admin");
        admin.navigate("/admin");
        Browser.assertAccessible(admin);
        admin.locator("#year").fill("2033");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan an edition"))
                .click();
        assertThat(admin.locator(".notice")).containsText("The edition is planned.");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2033"))
                .click();
        for (String next : List.of("Nominations open", "Expert review", "Public vote")) {
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move on to: " + next))
                    .click();
            assertThat(admin.locator(".notice")).containsText("moved on to its next phase");
            assertThat(admin.locator("main strong").first()).hasText(next);
        }
        Browser.assertAccessible(admin);
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Suspicious ballots"))
                .click();
        assertThat(admin.locator("main")).containsText("No voter is waiting for review.");
        Browser.assertAccessible(admin);

        String subject = "The WSIS Forum opens its registration";
        admin.navigate("/admin/broadcasts");
        admin.locator("#segment").selectOption("ALL_STAKEHOLDERS");
        admin.locator("#subject-en").fill(subject);
        admin.locator("#body-en").fill("Registration for the WSIS Forum is open until 31 January.");
        admin.locator("#subject-fr").fill("Le Forum du SMSI ouvre ses inscriptions");
        admin.locator("#body-fr").fill("Les inscriptions au Forum du SMSI sont ouvertes jusqu'au 31 janvier.");
        admin.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Send").setExact(true))
                .click();
        assertThat(admin.locator(".notice")).containsText("The announcement is on its way.");
        assertThat(admin.locator("table")).containsText(subject);
        Browser.assertAccessible(admin);
        Browser.screenshot(admin, "announcements");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> mailTo("amina@example.org").stream()
                        .anyMatch(m -> m.path("subject").asString().equals(subject)));
    }

    @Test
    void anAdminAssignsAnExpertWhoScoresANominationOnTheReviewPage() {
        String admin = stack.demoToken("admin");
        int year = 2034;
        ApiClient api = new ApiClient(stack.portalUrl());
        assertThat(api.post("/api/prizes/editions", admin, Map.of("year", year)).status())
                .isEqualTo(201);
        assertThat(api.post("/api/prizes/editions/" + year + "/phase", admin, Map.of("phase", "SUBMISSION"))
                        .status())
                .isEqualTo(200);
        String title = "Open data portal for farmers";
        String nominationId = eligibleNomination(year, PlatformActions.publishedEntryOfAmina(stack, title), 13);
        assertThat(api.post("/api/prizes/editions/" + year + "/phase", admin, Map.of("phase", "EXPERT_REVIEW"))
                        .status())
                .isEqualTo(200);

        Page elena = signedIn("elena");
        elena.navigate("/review");
        String accountId = elena.locator(".help")
                .first()
                .textContent()
                .replaceAll(".*: ", "")
                .strip();
        Page adminPage = signedIn("admin");
        adminPage.navigate("/admin/prizes/" + year);
        adminPage.locator("#expertId").fill(accountId);
        adminPage.locator("#cat-13").check();
        adminPage
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign"))
                .click();
        assertThat(adminPage.locator(".notice")).containsText("The expert's categories are saved.");

        elena.navigate("/review");
        assertThat(elena.locator("h2")).containsText(title);
        for (String criterion : List.of("IMPACT", "INNOVATION", "SUSTAINABILITY", "REPLICABILITY", "ALIGNMENT")) {
            elena.locator("[id='" + nominationId + "-" + criterion + "']").selectOption("4");
        }
        elena.locator("[id='" + nominationId + "-comment']").fill("Strong local ownership; costs are well documented.");
        Browser.assertAccessible(elena);
        Browser.screenshot(elena, "expert-review");
        elena.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Score: " + title))
                .click();
        assertThat(elena.locator(".notice")).containsText("Your scores are saved.");
        assertThat(elena.locator("main")).containsText("Your total: 20 of 25");
    }

    @Test
    void everyPageMeetsWcagInEveryLanguage() {
        for (String language : List.of("ar", "zh", "en", "fr", "ru", "es")) {
            Page visitor = browser.newPage(language);
            for (String path : List.of("/", "/entries?actionLine=C4", "/prizes", "/entries/no-such-entry")) {
                visitor.navigate(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
                assertThat(visitor.locator("html")).hasAttribute("lang", language);
                Browser.assertAccessible(visitor);
            }
            visitor.context().close();
        }
        for (String language : List.of("en", "ar")) {
            Page amina = signedIn("amina");
            for (String path : List.of("/my/entries", "/my/entries/new", "/account/notifications")) {
                amina.navigate(path + "?lang=" + language);
                Browser.assertAccessible(amina);
            }
            amina.context().close();
        }
    }

    /** Amina nominates her entry in {@code category}; a moderator screens it eligible, through the API. */
    private static String eligibleNomination(int year, String entryId, int category) {
        ApiClient api = new ApiClient(stack.portalUrl());
        // The prize service hears of the publication through the entry stream, a moment after it.
        ApiClient.Response nominated = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> api.post(
                                "/api/prizes/editions/" + year + "/nominations",
                                stack.demoToken("amina"),
                                Map.of("entryId", entryId, "category", category)),
                        r -> r.status() == 201);
        String nominationId = nominated.text("id");
        PlatformActions.approveInTheQueue(stack, "nomination:" + nominationId + ":1");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> StreamSupport.stream(
                                api.get("/api/prizes/editions/" + year + "/nominations/mine", stack.demoToken("amina"))
                                        .body()
                                        .spliterator(),
                                false)
                        .anyMatch(n -> n.path("id").asString().equals(nominationId)
                                && n.path("status").asString().equals("ELIGIBLE")));
        return nominationId;
    }
}
