package org.wsis.systemtest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wsis.localstack.LocalStack;
import org.wsis.testkit.ApiClient;

/**
 * The statistics page in Chromium: a newly published activity is counted on the map and in the charts;
 * filtering by its region keeps the export links in step with what is shown, and the CSV they give holds the
 * activity; axe-core checks the page in every language.
 */
class StatisticsPageTest {

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
    void theNumbersOfTheDatabaseAreChartsAMapAndExportsOfWhatIsShown() {
        String title = "Solar radios for the atolls of Tuvalu";
        // The only activity in Tuvalu: its country appears on the map and in the table because of it.
        ApiClient api = new ApiClient(stack.portalUrl());
        String amina = stack.demoToken("amina");
        ApiClient.Response created = api.post(
                "/api/entries",
                amina,
                java.util.Map.of(
                        "title", title,
                        "organisation", "Ministry of Digital Economy",
                        "stakeholderType", "GOVERNMENT",
                        "country", "TV",
                        "actionLines", List.of("C7"),
                        "sdgs", List.of(13),
                        "shortDescription", "Radios powered by the sun tell the atolls when storms come.",
                        "startDate", "2024-09-01"));
        assertThat(created.status()).isEqualTo(201);
        String entry = created.text("id");
        assertThat(api.post("/api/entries/" + entry + "/submit", amina, null).status())
                .isEqualTo(200);

        Page visitor = browser.newPage("en-GB");
        visitor.navigate("/statistics");
        assertThat(visitor.locator("path[data-country=TV]")).hasAttribute("fill", "#e5e7eb");
        assertThat(visitor.locator("table.countries")).not().containsText("Tuvalu");
        PlatformActions.approveInTheQueue(stack, "entry:" + entry + ":1");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            visitor.navigate("/statistics");
            assertThat(visitor.locator("table.countries")).containsText("Tuvalu");
        });
        assertThat(visitor.locator("path[data-country=TV]")).not().hasAttribute("fill", "#e5e7eb");
        assertThat(visitor.locator("#byActionLine-h")).isVisible();

        visitor.locator("details summary").first().click();
        visitor.selectOption("#region", "ASP");
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply the filters"))
                .click();
        visitor.waitForURL(url -> url.contains("region=ASP"));
        String csv = visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("the activities (CSV)"))
                .getAttribute("href");
        assertThat(csv).isEqualTo("/api/entries/export.csv?region=ASP");
        APIResponse export = visitor.request().get(csv);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.text()).contains(title);
        Browser.assertAccessible(visitor);

        for (String language : List.of("en-GB", "fr", "es", "ru", "ar", "zh")) {
            Page reader = browser.newPage(language);
            reader.navigate("/statistics");
            assertThat(reader.locator("svg.map")).isVisible();
            Browser.assertAccessible(reader);
            reader.context().close();
        }
        Page picture = browser.newPage("en-GB");
        picture.navigate("/statistics");
        Browser.screenshot(picture, "statistics");
    }
}
