package org.wsis.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.util.LinkedMultiValueMap;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The convening and calendar pages as the portal renders them, from the real templates and messages, for
 * what convening-service answers: every page in every language without a missing text, times in the
 * event's zone as the reader's language writes them, errors next to their fields, and a convenor's
 * private contact details only where the reader may see them.
 */
class ConveningTemplatesTest {

    private static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "es", "ru");
    private static final PageModel.User AMINA =
            new PageModel.User("amina", "Amina", "amina@example.org", Set.of("stakeholder"));
    private static final SpringTemplateEngine ENGINE = Templates.engine();
    private static final ThymeleafEvaluationContext EXPRESSIONS = expressions();

    private static ThymeleafEvaluationContext expressions() {
        GenericApplicationContext application = new GenericApplicationContext();
        application.registerBean("reference", ReferenceData.class);
        application.registerBean("dates", DateTexts.class);
        application.refresh();
        return new ThymeleafEvaluationContext(application, new DefaultConversionService());
    }

    private static String render(String template, Map<String, Object> model, Locale locale) {
        MockServletContext servlet = new MockServletContext();
        MockHttpServletRequest request = new MockHttpServletRequest(servlet, "GET", "/convening");
        Map<String, Object> variables = new HashMap<>(model);
        variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, EXPRESSIONS);
        if (!variables.containsKey("user")) {
            variables.put("user", AMINA);
        }
        String page = ENGINE.process(
                template,
                new WebContext(
                        JakartaServletWebApplication.buildApplication(servlet)
                                .buildExchange(request, new MockHttpServletResponse()),
                        locale,
                        variables));
        assertThat(page).as(template + " in " + locale).doesNotContain("??");
        return page;
    }

    private static Map<String, Object> issueCard() {
        Map<String, Object> card = new HashMap<>();
        card.put("id", "i2");
        card.put("convenorId", "c2");
        card.put("convenor", "Red de Conectividad Rural");
        card.put("stakeholderType", "CIVIL_SOCIETY");
        card.put("country", "CO");
        card.put("region", "AMS");
        card.put("year", 2027);
        card.put("title", "Redes comunitarias en zonas rurales");
        card.put("summary", "Conectamos veredas con redes comunitarias.");
        card.put("language", "es");
        card.put("actionLines", List.of("C2"));
        card.put("sdgs", List.of(9));
        return card;
    }

    private static Map<String, Object> plannedEvent() {
        Map<String, Object> event = new HashMap<>();
        event.put("id", "1");
        event.put("calendarKey", "issue-i1-1");
        event.put("type", "WORKSHOP");
        event.put("title", "County workshop");
        event.put("startsAt", "2027-03-10T09:00");
        event.put("endsAt", "2027-03-10T13:00");
        event.put("timeZone", "Africa/Nairobi");
        event.put("start", "2027-03-10T09:00:00+03:00");
        event.put("online", false);
        event.put("place", "Kisumu");
        event.put("country", "KE");
        return event;
    }

    private static Map<String, Object> issue(String status) {
        Map<String, Object> issue = new HashMap<>();
        issue.put("id", "i1");
        issue.put("convenorId", "c1");
        issue.put("convenor", "Lake Victoria Networks");
        issue.put("year", 2027);
        issue.put("title", "Fibre along the lake shore");
        issue.put("description", "Villages along the lake have no fixed line.");
        issue.put("language", "en");
        issue.put("actionLines", List.of("C2"));
        issue.put("sdgs", List.of(9));
        issue.put("keywords", List.of("fibre"));
        issue.put("plannedEvents", List.of(plannedEvent()));
        issue.put("status", status);
        issue.put("revision", 1);
        issue.put("publishedRevision", "PUBLISHED".equals(status) ? 1 : 0);
        issue.put("messageFromModerator", "CHANGES_REQUESTED".equals(status) ? "Tell us more." : null);
        return issue;
    }

    private static Map<String, Object> convenor(boolean managed) {
        Map<String, Object> c = new HashMap<>();
        c.put("id", "c1");
        c.put("name", "Lake Victoria Networks");
        c.put("stakeholderType", "CIVIL_SOCIETY");
        c.put("country", "KE");
        c.put("region", "AFR");
        c.put("website", "https://lvn.example.org");
        c.put("languages", List.of("en", "fr"));
        c.put("description", "We connect villages.");
        c.put("contact", managed ? Map.of("name", "Awa Diop", "email", "awa@lvn.example.org") : null);
        c.put("status", "PUBLISHED");
        c.put("revision", 1);
        c.put("publishedRevision", 1);
        c.put("messageFromModerator", null);
        c.put("managers", managed ? List.of(Map.of("name", "Amina", "email", "amina@example.org")) : null);
        c.put("invited", managed ? List.of("colleague@example.org") : null);
        return c;
    }

    private static Map<String, Object> calendarEntry() {
        Map<String, Object> e = new HashMap<>();
        e.put("key", "event-e1");
        e.put("source", "EVENT");
        e.put("sourceId", "e1");
        e.put("convenorId", null);
        e.put("title", "WSIS Forum 2027");
        e.put("type", "CONFERENCE");
        e.put("organiser", "ITU");
        e.put("description", "The yearly forum.");
        e.put("startsAt", "2027-05-03T09:00");
        e.put("endsAt", "2027-05-07T18:00");
        e.put("timeZone", "Europe/Zurich");
        e.put("start", "2027-05-03T09:00:00+02:00");
        e.put("online", true);
        e.put("link", "https://example.org/forum");
        e.put("place", "CICG, Geneva");
        e.put("country", "CH");
        e.put("language", "en");
        e.put("actionLines", List.of("C1"));
        e.put("sdgs", List.of(17));
        return e;
    }

    @Test
    void theDirectoryTheThemesAndAConvenorsPageReadInEveryLanguage() {
        Map<String, Object> facets = Map.of(
                "actionLine", Map.of("C2", 1),
                "sdg", Map.of("9", 1),
                "year", Map.of("2027", 1),
                "region", Map.of("AMS", 1),
                "stakeholderType", Map.of("CIVIL_SOCIETY", 1),
                "country", Map.of("CO", 1));
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            Map<String, Object> model = new HashMap<>();
            model.put("result", Map.of("total", 1, "items", List.of(issueCard()), "facets", facets));
            model.put("total", 1L);
            model.put("page", 0);
            model.put("pages", 1L);
            model.put("q", "");
            model.put("selected", new LinkedMultiValueMap<String, String>());
            model.put("queryString", null);
            assertThat(render("convening/directory", model, locale))
                    .contains("Redes comunitarias en zonas rurales", "href=\"/convening/issues/i2\"");
            Map<String, Object> theme = Map.of(
                    "name", "community networks", "terms", List.of(), "convenors", 2, "issues", List.of(issueCard()));
            assertThat(render("convening/themes", Map.of("themes", List.of(theme)), locale))
                    .contains("community networks");
            String publicPage = render(
                    "convening/convenor", Map.of("convenor", convenor(false), "issues", List.of(issueCard())), locale);
            assertThat(publicPage).contains("Lake Victoria Networks").doesNotContain("awa@lvn.example.org");
        }
    }

    @Test
    void anIssuesPageShowsItsSimilarIssuesWithWhyAndOffersToConnectOnlyToAManagerOfAnotherPublicConvenor() {
        Map<String, Object> similar = Map.of(
                "issue", issueCard(),
                "score", 0.7,
                "sharedWords", List.of("rural"),
                "sharedThemes", List.of("community networks"),
                "sharedActionLines", List.of("C2"),
                "sharedSdgs", List.of(9));
        Map<String, Object> model = new HashMap<>();
        model.put("issue", issue("PUBLISHED"));
        model.put("similar", List.of(similar));
        model.put("askers", List.of(Map.of("id", "c9", "name", "Sahel Connect")));
        String en = render("convening/issue", model, Locale.ENGLISH);
        assertThat(en)
                .contains("Other convenors address a similar issue", "community networks", "rural")
                .contains("name=\"fromConvenorId\"", "Sahel Connect")
                .contains("Wednesday, March 10, 2027")
                .contains("(Africa/Nairobi)")
                .contains("href=\"/calendar/issue-i1-1\"");
        assertThat(render("convening/issue", model, Locale.FRENCH)).contains("mercredi 10 mars 2027");
        // Its forum threads, and a thread about it for the signed in.
        assertThat(en).contains("href=\"/forum?about=ISSUE:i1\"", "href=\"/my/forum/new?about=ISSUE:i1&amp;");

        model.put("askers", List.of());
        model.put("user", null);
        assertThat(render("convening/issue", model, Locale.ENGLISH))
                .doesNotContain("name=\"fromConvenorId\"")
                .contains("Sign in to ask this convenor to connect.");
        for (String language : LANGUAGES) {
            render("convening/issue", model, Locale.forLanguageTag(language));
        }
    }

    @Test
    void aManagerSeesTheModeratorsWordsTheirConvenorsAndTheirContacts() {
        Map<String, Object> model = new HashMap<>();
        model.put("issue", issue("CHANGES_REQUESTED"));
        model.put("similar", List.of());
        model.put("askers", List.of());
        model.put("mine", true);
        Map<String, Object> contact = new HashMap<>();
        contact.put("id", "k1");
        contact.put("direction", "RECEIVED");
        contact.put("otherConvenorId", "c2");
        contact.put("otherConvenor", "Red de Conectividad Rural");
        contact.put("issueId", "i1");
        contact.put("issueTitle", "Fibre along the lake shore");
        contact.put("message", "Shall we compare costs?");
        contact.put("status", "PENDING");
        contact.put("contact", null);
        Map<String, Object> accepted = new HashMap<>(contact);
        accepted.put("id", "k2");
        accepted.put("direction", "MADE");
        accepted.put("status", "ACCEPTED");
        accepted.put("contact", Map.of("name", "Lucía", "email", "lucia@rcr.example"));
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            assertThat(render("convening/issue", model, locale))
                    .contains("Tell us more.", "/my/issues/i1/submit", "/my/issues/i1/edit");
            assertThat(render(
                            "convening/mine",
                            Map.of("convenors", List.of(convenor(true)), "invitations", List.of(convenor(false))),
                            locale))
                    .contains("/my/convenors/c1/invitations/accept");
            assertThat(render(
                            "convening/my-convenor",
                            Map.of("convenor", convenor(true), "issues", List.of(issue("DRAFT"))),
                            locale))
                    .contains("awa@lvn.example.org", "colleague@example.org");
            String contacts = render(
                    "convening/contacts",
                    Map.of("convenors", List.of(convenor(true)), "contacts", Map.of("c1", List.of(contact, accepted))),
                    locale);
            assertThat(contacts)
                    .contains("/my/contacts/k1/accept", "/my/contacts/k1/block", "lucia@rcr.example")
                    .doesNotContain("/my/contacts/k2/accept");
        }
    }

    @Test
    void theFormsShowEachErrorNextToItsFieldPlannedEventsRowByRow() {
        Map<String, Object> form = new LinkedHashMap<>(issue("DRAFT"));
        form.put("plannedEvents", Pages.padded(List.of(plannedEvent()), ConveningPages.MAX_PLANNED_EVENTS));
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("description", "must have at least 20 words");
        errors.put("plannedEvents[0].timeZone", "must be a known time zone");
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            String page = render(
                    "convening/issue-form",
                    Map.of("form", form, "errors", errors, "convenorId", "c1", "issueId", "i1"),
                    locale);
            assertThat(page)
                    .contains("id=\"plannedEvents-0-timeZone-error\"", "must be a known time zone")
                    .contains("href=\"#plannedEvents-0-timeZone\"")
                    .contains("id=\"description-error\"")
                    .contains("name=\"plannedEvents[2].title\"");
            assertThat(render(
                            "convening/convenor-form",
                            Map.of("form", Map.of(), "errors", Map.of("contact.email", "must be an address")),
                            locale))
                    .contains("id=\"contact-email-error\"");
            assertThat(render(
                            "calendar/form",
                            Map.of("form", Map.of(), "errors", Map.of("somewhere", "needs a place")),
                            locale))
                    .contains("needs a place");
        }
    }

    @Test
    void theCalendarLaysOutTheMonthFromTheReadersFirstDayOfTheWeekAndAnEventReadsInItsOwnZone() {
        Map<String, Object> entry = calendarEntry();
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            Map<String, Object> model = new HashMap<>();
            model.put("selected", new LinkedMultiValueMap<String, String>());
            model.put("month", YearMonth.of(2027, 5));
            model.put("filterQuery", "region=EUR");
            model.put("entries", List.of(entry));
            model.put("weeks", CalendarPages.weeks(YearMonth.of(2027, 5), List.of(entry), locale));
            model.put("weekdays", List.of(java.time.DayOfWeek.values()));
            model.put("view", "month");
            String month = render("calendar/calendar", model, locale);
            assertThat(month)
                    .contains("href=\"/calendar/event-e1\"")
                    .contains("/api/convening/calendar.ics?region=EUR")
                    .contains("month=2027-04", "month=2027-06");
            model.put("view", "list");
            assertThat(render("calendar/calendar", model, locale))
                    .contains("href=\"/calendar/event-e1\"", "(Europe/Zurich)")
                    .doesNotContain("class=\"month\"");
            String page = render("calendar/entry", Map.of("entry", entry, "following", false), locale);
            assertThat(page)
                    .contains("/api/convening/calendar/event-e1.ics", "/my/following/event-e1", "(Europe/Zurich)");
            assertThat(render("calendar/mine", Map.of("events", List.of(), "following", List.of(entry)), locale))
                    .contains("href=\"/calendar/event-e1\"");
        }
        assertThat(render("calendar/entry", Map.of("entry", entry, "following", false), Locale.ENGLISH))
                .contains("Monday, May 3, 2027")
                .contains("Friday, May 7, 2027");
        // February 2027 begins on a Monday: four weeks from Monday in France, five from Sunday in the United States.
        assertThat(CalendarPages.weeks(YearMonth.of(2027, 2), List.of(), Locale.FRANCE))
                .hasSize(4);
        assertThat(CalendarPages.weeks(YearMonth.of(2027, 2), List.of(), Locale.US))
                .hasSize(5);
        assertThat(CalendarPages.weeks(YearMonth.of(2027, 5), List.of(entry), Locale.FRANCE)
                        .getFirst()
                        .getFirst()
                        .entries())
                .as("the Monday 26 April before May")
                .isEmpty();
    }
}
