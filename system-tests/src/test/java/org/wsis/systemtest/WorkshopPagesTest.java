package org.wsis.systemtest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.APIResponse;
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

/**
 * A thematic workshop from its proposal to a published programme, in Chromium with Keycloak's tokens: a
 * convenor proposes it through the form and invites two convenors, one accepts on the portal and the other
 * through the API, the proposer submits it, the programme's admin approves it on their desk of the queue,
 * solves the programme on the board and publishes it; the invited and the convenors are written to; a
 * visitor reads the programme and subscribes to it. axe-core checks every page, the programme in every
 * language.
 */
class WorkshopPagesTest {

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

    /** A public convenor of {@code manager}'s of a stakeholder type, approved by Omar in the queue. */
    private static String convenor(ApiClient api, String manager, String name, String type) {
        ApiClient.Response profile = api.post(
                "/api/convening/convenors",
                manager,
                Map.of(
                        "name",
                        name,
                        "stakeholderType",
                        type,
                        "country",
                        "SN",
                        "languages",
                        List.of("fr", "en"),
                        "description",
                        "We gather villages, operators and officials around community networks.",
                        "contact",
                        Map.of("name", name, "email", "contact@example.org")));
        assertThat(profile.status()).isEqualTo(201);
        String id = profile.text("id");
        assertThat(api.post("/api/convening/convenors/" + id + "/submit", manager, null)
                        .status())
                .isEqualTo(200);
        PlatformActions.approveInTheQueue(stack, "convenor:" + id + ":1");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/convening/convenors/" + id, null).status() == 200);
        return id;
    }

    @Test
    void aWorkshopGoesFromItsProposalToAPublishedProgrammeAndItsConvenorsAreWrittenTo() {
        ApiClient api = new ApiClient(stack.portalUrl());
        String paula = stack.demoToken("paula");
        String proposer = convenor(api, stack.demoToken("amina"), "Sahel Community Networks", "CIVIL_SOCIETY");
        String ministry = convenor(api, stack.demoToken("victor"), "Ministry of Digital Affairs", "GOVERNMENT");
        String university = convenor(api, stack.demoToken("elena"), "Institute for Rural Access", "ACADEMIA");
        ApiClient.Response venue = api.post(
                "/api/convening/venues",
                paula,
                Map.of(
                        "name",
                        "WSIS Forum 2027, Geneva",
                        "year",
                        2027,
                        "timeZone",
                        "Europe/Zurich",
                        "days",
                        List.of("2026-11-10", "2026-11-11"),
                        "slots",
                        List.of(Map.of("start", "09:00", "end", "10:30"), Map.of("start", "11:00", "end", "12:30")),
                        "rooms",
                        List.of(
                                Map.of(
                                        "id",
                                        "hall",
                                        "name",
                                        "Hall A",
                                        "capacity",
                                        300,
                                        "booths",
                                        6,
                                        "streaming",
                                        true,
                                        "stepFree",
                                        true),
                                Map.of("id", "k1", "name", "Room K1", "capacity", 60, "stepFree", true))));
        assertThat(venue.status()).as(venue.body().toString()).isEqualTo(201);
        String venueId = venue.text("id");

        // Amina proposes the workshop through the form, inviting the two convenors.
        Page amina = signedIn("amina");
        amina.navigate("/my/workshops/new?venueId=" + venueId + "&invite=" + ministry + "&invite=" + university);
        Browser.assertAccessible(amina);
        amina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose and invite"))
                .click();
        assertThat(amina.locator("#error-summary")).isVisible();
        assertThat(amina.locator("#title-error")).isVisible();
        amina.locator("#venueId").selectOption(venueId);
        amina.locator("#convenorId").selectOption(proposer);
        amina.locator("#title").fill("Spectrum for community networks");
        amina.locator("#theme").fill("Community networks");
        amina.locator("#description")
                .fill("Convenors who addressed community networks separately agree on the key challenges.");
        amina.locator("#invite-" + ministry).check();
        amina.locator("#invite-" + university).check();
        amina.locator("#attendance").fill("120");
        amina.locator("#int-fr").check();
        amina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose and invite"))
                .click();
        assertThat(amina.locator("h1")).hasText("Spectrum for community networks");
        String workshop = amina.url().substring(amina.url().lastIndexOf('/') + 1);

        // Victor reads the invitation in his mail and accepts it on the portal; Elena through the API.
        await().atMost(Duration.ofSeconds(60))
                .until(() -> PlatformActions.mailTo(stack, "victor@example.org").stream()
                        .anyMatch(m -> m.path("subject").asString().contains("Spectrum for community networks")));
        Page victor = signedIn("victor");
        victor.navigate("/my/workshops/" + workshop);
        Browser.assertAccessible(victor);
        victor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept for Ministry of Digital Affairs"))
                .click();
        assertThat(victor.locator(".notice, [role=status]").first()).isVisible();
        assertThat(api.post(
                                "/api/convening/workshops/" + workshop + "/invitations/" + university + "/accept",
                                stack.demoToken("elena"),
                                null)
                        .status())
                .isEqualTo(200);

        amina.navigate("/my/workshops/" + workshop);
        assertThat(amina.getByText("Enough convenors of enough stakeholder types have accepted"))
                .isVisible();
        amina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit to the programme"))
                .click();
        assertThat(amina.locator(".badge").first()).hasText("Waiting for moderation");

        // Paula approves it on her desk of the queue, in the portal; a moderator does not even see it.
        String item = "workshop:" + workshop + ":1";
        PlatformActions.awaitItem(api, paula, item);
        assertThat(api.get("/api/moderation/items/" + item, stack.demoToken("omar"))
                        .status())
                .isEqualTo(404);
        Page desk = signedIn("paula");
        desk.navigate("/moderation/items/" + item);
        assertThat(desk.locator("h1")).containsText("Spectrum for community networks");
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim this item"))
                .click();
        desk.getByLabel("Approve").check();
        desk.locator("#single-reason").selectOption("MEETS_GUIDELINES");
        Browser.assertAccessible(desk);
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the decision"))
                .click();
        assertThat(desk.locator(".notice")).containsText("Your decision is recorded");
        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        api.get("/api/convening/workshops/" + workshop, null).status() == 200);

        // Paula solves the programme on the board and publishes it.
        Page board = signedIn("paula");
        board.navigate("/programme/" + venueId + "/board");
        Browser.assertAccessible(board);
        board.locator("#seconds").fill("2");
        board.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Solve"))
                .click();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    board.navigate("/programme/" + venueId + "/board");
                    assertThat(board.getByText("Every hard rule holds.")).isVisible();
                    assertThat(board.locator("table.board").first()).containsText("Spectrum for community networks");
                });
        Browser.assertAccessible(board);
        Browser.screenshot(board, "programme-board");
        board.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish and tell the convenors"))
                .click();

        // Each convenor's managers are written to with the room and time; a visitor reads the programme.
        await().atMost(Duration.ofSeconds(60))
                .until(() -> PlatformActions.mailTo(stack, "elena@example.org").stream()
                        .anyMatch(m -> m.path("subject").asString().contains("Hall A")));
        for (String language : List.of("en-GB", "fr", "es", "ru", "ar", "zh")) {
            Page visitor = browser.newPage(language);
            visitor.navigate("/programme/" + venueId);
            assertThat(visitor.locator("table").first()).containsText("Spectrum for community networks");
            Browser.assertAccessible(visitor);
        }
        Page visitor = browser.newPage("en-GB");
        visitor.navigate("/programme/" + venueId);
        Browser.screenshot(visitor, "programme");
        APIResponse feed = visitor.request().get("/api/convening/venues/" + venueId + "/programme.ics");
        assertThat(feed.headers().get("content-type")).startsWith("text/calendar");
        assertThat(feed.text()).contains("UID:workshop-" + workshop + "@calendar.wsis.itu", "LOCATION:Hall A");

        // The workshop was held: Amina writes its outcome through the form, a moderator approves it, and the
        // theme's page gathers it.
        amina.navigate("/my/workshops/" + workshop + "/outcome");
        Browser.assertAccessible(amina);
        amina.locator("#challenges-0-statement")
                .fill("Spectrum licences priced for national operators shut community networks out.");
        amina.locator("#c0-C2").check();
        amina.locator("#agreed-proposer").check();
        amina.locator("#agreed-" + ministry).check();
        amina.locator("#followUps-0-mechanism").fill("A working group on spectrum for community networks");
        amina.locator("#followUps-0-lead").fill("Ministry of Digital Affairs");
        amina.locator("#followUps-0-by").fill("2027-12-31");
        amina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and submit for moderation"))
                .click();
        assertThat(amina.locator("#outcome-h")).isVisible();
        PlatformActions.approveInTheQueue(stack, "workshop_outcome:" + workshop + ":1");
        Page reader = browser.newPage("fr");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            reader.navigate("/convening/outcomes?theme=Community%20networks");
            assertThat(reader.locator("article").first())
                    .containsText("Spectrum licences priced for national operators shut community networks out.");
        });
        Browser.assertAccessible(reader);
    }
}
