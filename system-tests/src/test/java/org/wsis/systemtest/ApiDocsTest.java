package org.wsis.systemtest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wsis.localstack.LocalStack;
import org.wsis.testkit.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * The API documentation at the public origin: each service's OpenAPI document, whose operations are
 * tried through the portal and whose refusals are documented as problem details, browsed in Chromium
 * under the portal's strict content security policy.
 */
class ApiDocsTest {

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
    void eachServicesDocumentIsServedAtThePublicOriginWithItsRefusalsDocumented() {
        ApiClient api = new ApiClient(stack.portalUrl());
        for (String service : List.of("submission", "moderation", "prize", "notification", "convening", "community")) {
            ApiClient.Response document = api.get("/api/docs/" + service + ".json", null);

            assertThat(document.status()).as(service).isEqualTo(200);
            JsonNode body = document.body();
            assertThat(body.path("servers").get(0).path("url").asString())
                    .as(service)
                    .isEqualTo("/");
            assertThat(body.path("info").path("title").asString()).as(service).contains(service);
            assertThat(body.path("components").path("schemas").has("Problem"))
                    .as(service)
                    .isTrue();
            assertThat(body.path("paths").size()).as(service).isPositive();
        }
        assertThat(api.get("/api/docs/keycloak.json", null).status()).isEqualTo(404);
    }

    @Test
    void theDocumentationShowsEachServicesOperationsInTheBrowserWithNothingRefusedByThePolicy() {
        Page page = browser.newPage("en-GB");
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(message -> record(errors, message));
        page.onPageError(errors::add);
        page.onResponse(response -> {
            if (response.status() >= 400) {
                errors.add(response.status() + " " + response.url());
            }
        });

        page.navigate("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The API"))
                .click();
        assertThat(page.locator("h1").first()).hasText("The platform's API");
        assertThat(page.locator(".opblock-summary-path[data-path='/api/entries']")
                        .first())
                .isVisible();

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Moderation").setExact(true))
                .click();
        assertThat(page.locator(".opblock-summary-path[data-path='/api/moderation/items/{id}/claim']")
                        .first())
                .isVisible();
        assertThat(page.locator("#swagger-ui .models")).containsText("Problem");
        Browser.screenshot(page, "api-docs");

        assertThat(errors)
                .as("console errors and refusals of the content security policy")
                .isEmpty();
    }

    @Test
    void theEventCatalogueIsReachedFromTheApiDocumentationAndServedAsAsyncApi() {
        ApiClient.Response document = new ApiClient(stack.portalUrl()).get("/api/docs/events.json", null);

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body().path("asyncapi").asString()).isEqualTo("3.0.0");
        assertThat(document.body()
                        .path("channels")
                        .path("entry")
                        .path("address")
                        .asString())
                .isEqualTo("wsis.entry.v1");

        Page page = browser.newPage("en-GB");
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(message -> record(errors, message));
        page.onPageError(errors::add);
        page.navigate("/api/docs");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The events between the services (AsyncAPI)"))
                .click();
        assertThat(page.locator("h1").first()).hasText("The platform's events");
        assertThat(page.locator("[id='org.wsis.ballot.BallotCast'] table.fields"))
                .containsText("clientNetwork");
        page.locator("[id='org.wsis.ballot.BallotCast'] summary").click();
        assertThat(page.locator("[id='org.wsis.ballot.BallotCast'] pre")).containsText("\"ballotId\"");
        Browser.screenshot(page, "api-events");
        Browser.assertAccessible(page);

        assertThat(errors)
                .as("console errors and refusals of the content security policy")
                .isEmpty();
    }

    private static void record(List<String> errors, ConsoleMessage message) {
        if ("error".equals(message.type())) {
            errors.add(message.text());
        }
    }
}
