package org.wsis.systemtest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Year;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wsis.localstack.LocalStack;

/**
 * The yearly Stocktaking Report in Chromium with Keycloak's tokens: Nora, an editor, generates this year's
 * report, finds an activity published this year and makes it a success story; a visitor reads the report
 * (each chart beside the year before), and downloads it as a PDF in Chinese. axe-core checks every page.
 */
class ReportPagesTest {

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

    @Test
    void anEditorMakesThisYearsReportAndVisitorsReadItAndItsPdf() {
        int year = Year.now(ZoneOffset.UTC).getValue();
        String title = "Community radio in every district " + System.nanoTime();
        String entry = PlatformActions.publishedEntryOfAmina(stack, title);

        Page nora = browser.newPage("en-GB");
        Browser.signIn(nora, "nora", "nora-wsis-demo");
        nora.navigate("/reports");
        nora.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Make this year's report"))
                .click();
        assertThat(nora.locator("h1")).hasText("Make the WSIS Stocktaking Report " + year);
        nora.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName("Generate the report")
                                .setExact(true))
                .click();
        assertThat(nora.locator(".notice")).containsText("The report is generated.");
        nora.locator("#q").fill(title);
        nora.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Search").setExact(true))
                .click();
        nora.locator("#add-" + entry).check();
        nora.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the stories and generate the report"))
                .click();
        assertThat(nora.locator(".notice")).containsText("The stories are saved");
        assertThat(nora.locator("#kept-" + entry)).isChecked();
        Browser.assertAccessible(nora);
        nora.context().close();

        Page visitor = browser.newPage("en-GB");
        visitor.navigate("/reports/" + year);
        assertThat(visitor.locator("h1")).hasText("WSIS Stocktaking Report " + year);
        assertThat(visitor.locator(".total")).containsText("activities published in " + year);
        assertThat(visitor.locator("#byActionLine-h")).isVisible();
        assertThat(visitor.locator("table.compare").first().locator("thead th").nth(1))
                .hasText(String.valueOf(year - 1));
        assertThat(visitor.locator("article.story a[href='/entries/" + entry + "']"))
                .hasText(title);
        Browser.assertAccessible(visitor);
        Browser.screenshot(visitor, "stocktaking-report");

        APIResponse pdf = visitor.request().get("/reports/" + year + "/pdf?lang=zh");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(pdf.headers().get("content-disposition")).contains("wsis-stocktaking-report-" + year + "-zh.pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(visitor.request().get("/reports/1999").status()).isEqualTo(404);
    }
}
