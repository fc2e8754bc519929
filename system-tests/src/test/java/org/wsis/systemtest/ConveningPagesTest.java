package org.wsis.systemtest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wsis.localstack.LocalStack;

/**
 * The OpenWSIS convening and the global events calendar in Chromium: a convenor describes itself and an
 * issue through the forms, a moderator approves both, its issue shows the similar issues of the
 * demonstration convenors, and it asks one of them to connect; a visitor reads the calendar by month,
 * opens an event and downloads its iCalendar file, and a signed-in person follows it. axe-core checks every
 * page, in every language.
 */
class ConveningPagesTest {

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

    private static Page signedIn(String user, String language) {
        Page page = browser.newPage(language);
        Browser.signIn(page, user, user + "-wsis-demo");
        return page;
    }

    private static String lastSegment(Page page) {
        String url = page.url();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    @Test
    void aConvenorDescribesItselfAndAnIssueThenAsksAConvenorOfASimilarIssueToConnect() {
        Page amina = signedIn("amina", "en-GB");
        amina.navigate("/my/convenors");
        Browser.assertAccessible(amina);
        amina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Describe a new convenor"))
                .click();

        // An empty form shows each problem next to its field and saves nothing.
        amina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and submit for moderation"))
                .click();
        assertThat(amina.locator("#error-summary")).isVisible();
        assertThat(amina.locator("#name-error")).isVisible();
        assertThat(amina.locator("#contact-email")).hasAttribute("aria-invalid", "true");
        Browser.assertAccessible(amina);

        amina.locator("#name").fill("Malawi Rural Health Network");
        amina.locator("#stakeholderType").selectOption("CIVIL_SOCIETY");
        amina.locator("#country").selectOption("MW");
        amina.locator("#lang-en").check();
        amina.locator("#description").fill("Nurses and engineers who bring telemedicine to district clinics.");
        amina.locator("#contact-name").fill("Amina Diallo");
        amina.locator("#contact-email").fill("amina.health@example.org");
        amina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and submit for moderation"))
                .click();
        assertThat(amina.locator("h1")).hasText("Malawi Rural Health Network");
        assertThat(amina.locator(".badge").first()).hasText("Waiting for moderation");
        String convenor = lastSegment(amina);
        PlatformActions.approveInTheQueue(stack, "convenor:" + convenor + ":1");

        amina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Describe an issue"))
                .click();
        amina.locator("#title").fill("Teleconsultations between district hospitals and rural clinics");
        amina.locator("#description")
                .fill("Rural clinics have no doctor on site. We will connect district hospitals and clinics so"
                        + " that nurses can hold teleconsultations with doctors, share patient records safely and"
                        + " refer emergencies sooner, over mobile broadband and solar power.");
        amina.locator("#language").selectOption("en");
        amina.locator("#al-C7").check();
        amina.locator("#sdg-3").check();
        amina.locator("#keywords").fill("telemedicine, teleconsultation, rural clinics");
        amina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and submit for moderation"))
                .click();
        assertThat(amina.locator(".badge").first()).hasText("Waiting for moderation");
        Browser.assertAccessible(amina);
        String issue = lastSegment(amina);
        PlatformActions.approveInTheQueue(stack, "convenor_issue:" + issue + ":1");

        // The public page of the issue lists the demonstration convenors' telemedicine issues, with why.
        Page visitor = browser.newPage("en-GB");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .untilAsserted(() -> {
                    visitor.navigate("/convening/issues/" + issue);
                    assertThat(visitor.getByRole(
                                    AriaRole.HEADING,
                                    new Page.GetByRoleOptions().setName("Other convenors address a similar issue")))
                            .isVisible();
                });
        Browser.assertAccessible(visitor);
        assertThat(visitor.locator(".why").first()).containsText("C7");
        Browser.screenshot(visitor, "issue-similar");

        // Amina opens the first similar issue and asks its convenor to connect, as her public convenor.
        amina.navigate("/convening/issues/" + issue);
        amina.locator("#similar-h + ol li h3 a").first().click();
        amina.locator("#fromConvenorId").selectOption(convenor);
        Browser.assertAccessible(amina);
        amina.locator("#message").fill("We run teleconsultations in Malawi too; could we compare our costs?");
        amina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask to connect"))
                .click();
        assertThat(amina.locator(".notice")).containsText("Your request was sent.");
        assertThat(amina.locator("main")).containsText("could we compare our costs?");
        assertThat(amina.locator("main")).containsText("Waiting for an answer");
        Browser.assertAccessible(amina);
        Browser.screenshot(amina, "my-contacts");
        amina.context().close();
        visitor.context().close();
    }

    @Test
    void aVisitorReadsTheCalendarByMonthAndDownloadsAnEventAndASignedInPersonFollowsIt() {
        Page visitor = browser.newPage("en-GB");
        visitor.navigate("/calendar?month=2027-05");
        assertThat(visitor.locator("#month-h")).hasText("May 2027");
        Browser.assertAccessible(visitor);
        Browser.screenshot(visitor, "calendar-month");
        visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("WSIS Forum 2027: High-level track"))
                .first()
                .click();
        assertThat(visitor.locator("h1")).hasText("WSIS Forum 2027: High-level track");
        assertThat(visitor.locator("main")).containsText("(Europe/Zurich)");
        Browser.assertAccessible(visitor);
        String ics = visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add to my calendar (.ics)"))
                .getAttribute("href");
        APIResponse download = visitor.request().get(ics);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.headers().get("content-type")).startsWith("text/calendar");
        assertThat(download.text())
                .contains("BEGIN:VEVENT", "UID:event-demo-event-01@calendar.wsis.itu", "TZID=Europe/Zurich");

        visitor.navigate("/calendar?month=2027-05&view=list&region=CIS");
        assertThat(visitor.locator("main")).containsText("E-health in rural clinics");
        assertThat(visitor.locator("main")).not().containsText("WSIS Forum 2027");
        Browser.assertAccessible(visitor);

        Page victor = signedIn("victor", "en-GB");
        victor.navigate("/calendar/event-demo-event-01");
        victor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Follow: remind me before it starts"))
                .click();
        assertThat(victor.locator(".notice")).containsText("You follow this event");
        victor.navigate("/my/events");
        assertThat(victor.locator("#following-h + ul")).containsText("WSIS Forum 2027: High-level track");
        Browser.assertAccessible(victor);
        victor.context().close();
        visitor.context().close();
    }

    @Test
    void theConveningAndCalendarPagesMeetWcagInEveryLanguage() {
        for (String language : List.of("ar", "zh", "en", "fr", "ru", "es")) {
            Page visitor = browser.newPage(language);
            for (String path : List.of(
                    "/convening",
                    "/convening/convenors?region=AFR",
                    "/convening/themes",
                    "/convening/issues/telemedicine-01",
                    "/convening/convenors/demo-convenor-telemedicine-01",
                    "/calendar?month=2027-05",
                    "/calendar?month=2027-03&view=list",
                    "/calendar/event-demo-event-04")) {
                visitor.navigate(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
                assertThat(visitor.locator("html")).hasAttribute("lang", language);
                Browser.assertAccessible(visitor);
            }
            visitor.context().close();
        }
        for (String language : List.of("en", "ar")) {
            Page victor = signedIn("victor", "en-GB");
            for (String path :
                    List.of("/my/convenors", "/my/convenors/new", "/my/contacts", "/my/events", "/my/events/new")) {
                victor.navigate(path + "?lang=" + language);
                Browser.assertAccessible(victor);
            }
            victor.context().close();
        }
    }
}
