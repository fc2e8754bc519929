package org.wsis.systemtest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wsis.localstack.LocalStack;
import org.wsis.testkit.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * Links in mails land where they say: the "we received your entry" link, followed by its owner while signed
 * out, goes through Keycloak's sign-in and back to the entry, not to "Page not found".
 */
class MailLinksTest {

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

    private static String link(JsonNode mail, String pathStart) {
        Matcher link = Pattern.compile("https?://[^\\s\"<>]+(" + Pattern.quote(pathStart) + "[^\\s\"<>]*)")
                .matcher(mail.path("body").asString());
        assertThat(link.find())
                .as("a link to %s in %s", pathStart, mail.path("body").asString())
                .isTrue();
        return link.group(1);
    }

    @Test
    void theReceivedEntryLinkTakesItsOwnerThroughSignInToTheEntry() {
        ApiClient api = new ApiClient(stack.portalUrl());
        String title = "Mesh networks for island schools";
        String entry = PlatformActions.submittedEntry(api, stack.demoToken("amina"), title, "C2");
        JsonNode received = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> PlatformActions.mailTo(stack, "amina@example.org").stream()
                                .filter(m -> m.path("subject").asString().contains(title))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        String path = link(received, "/my/entries/");
        assertThat(path).isEqualTo("/my/entries/" + entry);

        Page signedOut = browser.newPage("en-GB");
        signedOut.navigate(path);
        assertThat(signedOut.locator("#username")).isVisible();
        signedOut.locator("#username").fill("amina");
        signedOut.locator("#password").fill("amina-wsis-demo");
        signedOut.locator("#kc-login").click();
        signedOut.waitForURL(url -> url.contains(path));
        assertThat(signedOut.locator("h1")).hasText(title);
        Browser.assertAccessible(signedOut);
    }
}
