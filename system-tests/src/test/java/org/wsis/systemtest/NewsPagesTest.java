package org.wsis.systemtest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wsis.localstack.LocalStack;
import tools.jackson.databind.JsonNode;

/**
 * The newsroom in Chromium with Keycloak's tokens: Amina asks for the news by mail; Nora, an editor, writes a
 * post in English and French (the form's errors first), gives it a picture sent as a file, is told to describe
 * it before publishing, describes it and publishes; a French visitor reads it in French with the picture and
 * finds the French feed, and Amina is written to with a link to it. axe-core checks every page.
 */
class NewsPagesTest {

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

    private static byte[] picture() throws Exception {
        BufferedImage image = new BufferedImage(64, 40, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 40; y++) {
                image.setRGB(x, y, y < 20 ? 0x1e88e5 : 0x43a047);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void press(Page page, String button) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(button).setExact(true))
                .click();
    }

    @Test
    void anEditorsPostIsReadInFrenchWithItsPictureAndMailedToThoseWhoAskedForTheNews() throws Exception {
        String title = "Stocktaking 2027 is open " + System.nanoTime();
        String titre = "Inventaire 2027 du SMSI ouvert " + System.nanoTime();

        Page amina = signedIn("amina");
        amina.navigate("/account/notifications");
        assertThat(amina.locator("#NEWS-OFF")).isChecked();
        amina.locator("#NEWS-IMMEDIATE").check();
        press(amina, "Save my preferences");
        assertThat(amina.locator("#NEWS-IMMEDIATE")).isChecked();
        amina.context().close();

        Page nora = signedIn("nora");
        nora.navigate("/newsroom");
        Browser.assertAccessible(nora);
        nora.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write a post"))
                .click();
        press(nora, "Save the draft");
        assertThat(nora.locator("#error-summary")).containsText("Title (English)");
        Browser.assertAccessible(nora);
        nora.locator("#en-title").fill(title);
        nora.locator("#en-summary").fill("Register your activities for the 2027 WSIS Stocktaking.");
        nora.locator("#en-body").fill("The database is **open** until 31 March.");
        nora.locator("#fr-title").fill(titre);
        nora.locator("#fr-summary").fill("Enregistrez vos activités pour l'inventaire 2027 du SMSI.");
        nora.locator("#fr-body").fill("La base est **ouverte** jusqu'au 31 mars.");
        press(nora, "Save the draft");
        assertThat(nora.locator(".notice")).containsText("Saved.");
        String id = nora.url().replaceAll(".*/newsroom/([^?#]+).*", "$1");

        nora.locator("#image").setInputFiles(new FilePayload("stocktaking.png", "image/png", picture()));
        press(nora, "Send the picture");
        assertThat(nora.locator(".notice")).containsText("The picture is saved.");
        press(nora, "Publish");
        assertThat(nora.locator(".failure")).containsText("Describe the image in English");
        nora.locator("#en-imageAlt").fill("A map of the world with the activities registered in 2026");
        press(nora, "Save the changes");
        press(nora, "Publish");
        assertThat(nora.locator(".notice")).containsText("Published");
        Browser.assertAccessible(nora);
        nora.context().close();

        Page visitor = browser.newPage("fr-FR");
        visitor.navigate("/news?lang=fr");
        assertThat(visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(titre)))
                .isVisible();
        assertThat(visitor.locator("head link[rel=alternate]")).hasAttribute("href", "/api/community/news/feeds/fr");
        Browser.assertAccessible(visitor);
        visitor.navigate("/news/" + id);
        assertThat(visitor.locator("h1")).hasText(titre);
        assertThat(visitor.locator(".post-body strong")).hasText("ouverte");
        assertThat(visitor.locator("img.news-image"))
                .hasAttribute("alt", "A map of the world with the activities registered in 2026");
        APIResponse image = visitor.request().get("/api/community/news/" + id + "/image");
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.headers().get("content-type")).isEqualTo("image/png");
        assertThat(image.body()).isEqualTo(picture());
        Browser.assertAccessible(visitor);
        Browser.screenshot(visitor, "news-post");
        APIResponse feed = visitor.request().get("/api/community/news/feeds/fr");
        assertThat(feed.headers().get("content-type")).startsWith("application/atom+xml");
        assertThat(feed.text()).contains(titre).doesNotContain(title);

        JsonNode mail = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> PlatformActions.mailTo(stack, "amina@example.org").stream()
                                .filter(m -> m.path("subject").asString().equals(title)
                                        || m.path("subject").asString().equals(titre))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(mail.path("body").asString()).contains("/news/" + id + "?lang=");
    }
}
