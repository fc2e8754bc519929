package org.wsis.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Debian's Chromium driven by Playwright, as people use the portal: each person in their own browser
 * context (cookies, session), signing in through Keycloak's pages. Every page a journey visits can be
 * checked with axe-core against WCAG 2.1 A and AA; a serious or critical violation fails the test.
 */
final class Browser implements AutoCloseable {

    /** Debian's package; the tests never download a browser. */
    static final Path CHROMIUM = Path.of(System.getProperty("wsis.chromium", "/usr/bin/chromium"));

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final String portal;

    Browser(String portalUrl) {
        if (!java.nio.file.Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("The browser tests drive Debian's Chromium at " + CHROMIUM
                    + ", which is not installed: apt-get install -y chromium (.ci/run installs it).");
        }
        this.portal = portalUrl;
        this.playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.chromium = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    /** A fresh browser profile for one person, reading {@code language} first. */
    Page newPage(String language) {
        BrowserContext context = chromium.newContext(new NewContextOptions()
                .setLocale(language)
                .setViewportSize(1280, 860)
                .setBaseURL(portal));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    /** Signs in through the portal's "Sign in" and Keycloak's login form. */
    static void signIn(Page page, String username, String password) {
        page.navigate("/");
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
        page.waitForURL(url -> !url.contains("/realms/"));
    }

    /** axe-core over the whole page: no serious or critical WCAG 2.1 A/AA violation. */
    static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        List<Rule> blocking = results.getViolations().stream()
                .filter(v -> BLOCKING.contains(v.getImpact()))
                .toList();
        assertThat(blocking)
                .as(
                        "accessibility of %s:%n%s",
                        page.url(),
                        blocking.stream()
                                .map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " at "
                                        + v.getNodes().stream()
                                                .map(n -> String.valueOf(n.getTarget()))
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    /**
     * Saves what the page looks like now: under {@code system-tests/target/screenshots/}, or over the
     * README's pictures in {@code docs/screenshots/} when run with {@code -Dwsis.update-screenshots=true}.
     */
    static void screenshot(Page page, String name) {
        try {
            Path dir = Boolean.getBoolean("wsis.update-screenshots")
                    ? RunningPlatform.root().resolve("docs/screenshots")
                    : RunningPlatform.root().resolve("system-tests/target/screenshots");
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
