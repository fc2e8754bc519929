package org.wsis.systemtest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wsis.localstack.LocalStack;
import org.wsis.testkit.ApiClient;

/**
 * The global repository in Chromium with Keycloak's tokens: Amina shares a PDF about her published entry from
 * the entry's page (the form's errors first); it waits for moderation, out of public view; Omar reads it on his
 * desk, with the file to open, and approves it; a visitor finds it by a word of the PDF's text and downloads
 * it. axe-core checks every page.
 */
class RepositoryPagesTest {

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

    /** A one-page PDF whose text is {@code text}, written by hand (objects, cross-reference table, trailer). */
    static byte[] pdf(String text) {
        String content = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ")
                .append(objects.size() + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        out.writeBytes(pdf.toString().getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    @Test
    void aPdfSharedAboutAnEntryIsFoundByItsTextOnceAModeratorApprovesIt() {
        String word = "heliograph" + Long.toString(System.nanoTime(), 36);
        String entry = PlatformActions.publishedEntryOfAmina(stack, "Solar kiosks in Kisumu " + word);
        byte[] file = pdf("Kiosks charge phones with a " + word + " panel.");

        Page amina = browser.newPage("en-GB");
        Browser.signIn(amina, "amina", "amina-wsis-demo");
        amina.navigate("/entries/" + entry);
        amina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Share a document about it"))
                .click();
        amina.locator("#file").setInputFiles(new FilePayload("kiosks.pdf", "application/pdf", file));
        amina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send it for moderation"))
                .click();
        assertThat(amina.locator("#error-summary")).containsText("Title");
        Browser.assertAccessible(amina);
        amina.locator("#title").fill("How the kiosks of Kisumu are run");
        amina.locator("#description").fill("Who charges what, and how the panels are repaired.");
        amina.locator("#kind").selectOption("CASE_STUDY");
        amina.locator("#file").setInputFiles(new FilePayload("kiosks.pdf", "application/pdf", file));
        amina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send it for moderation"))
                .click();
        assertThat(amina.locator(".notice")).containsText("a moderator will read it");
        assertThat(amina.locator(".badge")).hasText("Waiting for moderation");
        Browser.assertAccessible(amina);
        String id = amina.url().replaceAll(".*/my/documents/([^?#]+).*", "$1");
        amina.context().close();

        ApiClient api = new ApiClient(stack.portalUrl());
        assertThat(api.get("/api/community/documents/" + id, null).status()).isEqualTo(404);

        Page omar = browser.newPage("en-GB");
        Browser.signIn(omar, "omar", "omar-wsis-demo");
        String item = "document:" + id + ":1";
        PlatformActions.awaitItem(api, stack.demoToken("omar"), item);
        omar.navigate("/moderation/items/" + item);
        assertThat(omar.locator("article.submitted h3")).hasText("How the kiosks of Kisumu are run");
        APIResponse onTheDesk = omar.request().get("/api/community/documents/" + id + "/file");
        assertThat(onTheDesk.status()).isEqualTo(200);
        Browser.assertAccessible(omar);
        omar.context().close();
        PlatformActions.approveInTheQueue(stack, item);

        Page visitor = browser.newPage("en-GB");
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            visitor.navigate("/repository?q=" + word);
            return visitor.locator("a[href='/repository/" + id + "']").count() == 1;
        });
        Browser.assertAccessible(visitor);
        visitor.locator("a[href='/repository/" + id + "']").click();
        assertThat(visitor.locator("a[href='/entries/" + entry + "']")).containsText("Solar kiosks in Kisumu");
        APIResponse download = visitor.request().get("/api/community/documents/" + id + "/file");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(download.headers().get("content-disposition"))
                .startsWith("attachment")
                .contains("kiosks.pdf");
        assertThat(download.body()).isEqualTo(file);
        Browser.assertAccessible(visitor);
    }
}
