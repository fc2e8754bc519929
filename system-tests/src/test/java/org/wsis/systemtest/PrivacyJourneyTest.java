package org.wsis.systemtest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wsis.localstack.LocalStack;
import org.wsis.testkit.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's privacy, in Chromium: they read what the platform keeps and why, download everything it
 * holds about them as one file, and erase their account (a wrong confirmation first), after which they
 * are signed out, at Keycloak too, and their published entry leaves public view. A new account, so the
 * demo accounts the other journeys use stay as they are.
 */
class PrivacyJourneyTest {

    private static final String PASSWORD = "a-long-enough-password";

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

    /** Registers through Keycloak's form and follows the verification link from the mail: signed in. */
    private static Page registered(String username, String email) {
        Page page = browser.newPage("en-GB");
        page.navigate("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register"))
                .click();
        page.locator("#username").fill(username);
        page.locator("#email").fill(email);
        page.locator("#firstName").fill("Pilar");
        page.locator("#lastName").fill("Ortega");
        page.locator("#password").fill(PASSWORD);
        page.locator("#password-confirm").fill(PASSWORD);
        page.locator("#kc-register-form [type=submit]").click();
        JsonNode mail = await().atMost(Duration.ofSeconds(60))
                .until(() -> PlatformActions.mailTo(stack, email), list -> !list.isEmpty())
                .getFirst();
        Matcher link = Pattern.compile("https?://\\S+/login-actions/action-token\\S+")
                .matcher(mail.path("body").asString());
        assertThat(link.find()).as("a verification link in %s", mail).isTrue();
        page.navigate(link.group());
        page.waitForURL(url -> url.startsWith(stack.portalUrl()));
        assertThat(page.locator(".who")).hasText("Pilar Ortega");
        return page;
    }

    @Test
    void aPersonDownloadsTheirDataThenErasesTheirAccountAndIsSignedOut() throws IOException {
        String email = "pilar@example.net";
        Page pilar = registered("pilar", email);
        ApiClient api = new ApiClient(stack.portalUrl());
        String title = "Community radio for digital literacy";
        String entry = PlatformActions.submittedEntry(api, stack.token("pilar", PASSWORD), title, "C9");
        PlatformActions.approveInTheQueue(stack, "entry:" + entry + ":1");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/entries/" + entry, null).status() == 200);

        // Anyone reads what is kept and why, from every page's footer.
        pilar.navigate("/");
        pilar.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your data and privacy"))
                .click();
        assertThat(pilar.locator("h1")).hasText("Your data and privacy");
        assertThat(pilar.locator("main")).containsText("Your ballots keep counting, anonymously");
        Browser.assertAccessible(pilar);
        Browser.screenshot(pilar, "privacy");

        Download download = pilar.waitForDownload(
                () -> pilar.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download my data"))
                        .click());
        assertThat(download.suggestedFilename()).isEqualTo("wsis-my-data.json");
        JsonNode data = JsonMapper.builder().build().readTree(Files.readString(download.path()));
        assertThat(data.path("entries").path("entries").toString()).contains(entry, title);
        assertThat(data.path("notifications").toString()).contains(email);
        assertThat(data.has("moderation")).isTrue();
        assertThat(data.path("prizes").path("nominations").isArray()).isTrue();
        assertThat(data.path("convening").path("convenors").isArray()).isTrue();
        assertThat(data.path("community").path("posts").isArray()).isTrue();

        // A confirmation that is not the person's own address is refused next to its field, erasing nothing.
        pilar.locator("#confirmation").fill("someone.else@example.net");
        pilar.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Erase my account"))
                .click();
        assertThat(pilar.locator("#confirmation-error")).isVisible();
        assertThat(pilar.locator("#confirmation")).hasAttribute("aria-invalid", "true");
        Browser.assertAccessible(pilar);
        assertThat(api.get("/api/entries/" + entry, null).status()).isEqualTo(200);

        pilar.locator("#entries").check();
        pilar.locator("#confirmation").fill(email);
        pilar.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Erase my account"))
                .click();
        pilar.waitForURL(url -> url.contains("/privacy?erased"));
        assertThat(pilar.locator(".notice")).containsText("Your account is erased");
        assertThat(pilar.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")))
                .isVisible();

        // Every service applies it: the withdrawn entry leaves public view.
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/entries/" + entry, null).status() == 404);
        // Signed out at Keycloak too: signing in asks for the password again.
        pilar.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(pilar.locator("#password")).isVisible();
    }
}
