package org.wsis.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The workshop and programme pages as the portal renders them, from the real templates and messages, for
 * what convening-service answers: every page in every language without a missing text, the board's grid
 * of rooms by slots with its broken rules, the answers offered only for the reader's own convenors.
 */
class ProgrammeTemplatesTest {

    private static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "es", "ru");
    private static final PageModel.User PIA =
            new PageModel.User("pia", "Pia", "pia@example.org", Set.of("stakeholder", "programme"));
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
        MockHttpServletRequest request = new MockHttpServletRequest(servlet, "GET", "/programme");
        Map<String, Object> variables = new HashMap<>(model);
        variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, EXPRESSIONS);
        variables.putIfAbsent("user", PIA);
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

    private static Map<String, Object> venue() {
        Map<String, Object> venue = new LinkedHashMap<>();
        venue.put("id", "v1");
        venue.put("name", "WSIS Forum 2027, Geneva");
        venue.put("timeZone", "Europe/Zurich");
        venue.put("days", List.of("2027-05-11", "2027-05-12"));
        venue.put("slots", List.of(Map.of("start", "09:00", "end", "10:30"), Map.of("start", "11:00", "end", "12:30")));
        venue.put(
                "rooms",
                List.of(
                        Map.of("id", "hall", "name", "Hall A", "capacity", 200),
                        Map.of("id", "k1", "name", "Room K1", "capacity", 60)));
        return venue;
    }

    private static Map<String, Object> workshop(String status) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("id", "w1");
        w.put("venueId", "v1");
        w.put("venue", "WSIS Forum 2027, Geneva");
        w.put("convenorId", "c1");
        w.put("convenor", "Red de Conectividad Rural");
        w.put("title", "Community networks beyond the last mile");
        w.put("description", "Convenors agree on the key challenges.");
        w.put("theme", "Community networks");
        w.put("attendance", 80);
        w.put("interpretation", List.of("fr"));
        w.put("hybrid", true);
        w.put("status", status);
        w.put("ruleMet", false);
        w.put("messageFromModerator", null);
        w.put("publishedRevision", 0);
        w.put(
                "invitations",
                List.of(
                        Map.of(
                                "convenorId",
                                "c2",
                                "convenor",
                                "Community Networks Kenya",
                                "stakeholderType",
                                "CIVIL_SOCIETY",
                                "answer",
                                "ACCEPTED"),
                        Map.of(
                                "convenorId",
                                "c3",
                                "convenor",
                                "Ministry of ICT",
                                "stakeholderType",
                                "GOVERNMENT",
                                "answer",
                                "WAITING"),
                        Map.of(
                                "convenorId",
                                "c4",
                                "convenor",
                                "Rural Operators",
                                "stakeholderType",
                                "PRIVATE_SECTOR",
                                "answer",
                                "WAITING")));
        return w;
    }

    private static Map<String, Object> entry() {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("workshopId", "w1");
        e.put("title", "Community networks beyond the last mile");
        e.put("theme", "Community networks");
        e.put("convenors", List.of("Red de Conectividad Rural", "Community Networks Kenya"));
        e.put("roomId", "hall");
        e.put("room", "Hall A");
        e.put("day", "2027-05-11");
        e.put("slot", 1);
        e.put("startsAt", "2027-05-11T09:00+02:00");
        e.put("endsAt", "2027-05-11T10:30+02:00");
        return e;
    }

    private static Map<String, Object> outcome() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("workshopId", "w1");
        o.put("title", "Community networks beyond the last mile");
        o.put("venue", "WSIS Forum 2027, Geneva");
        o.put("year", 2027);
        o.put("status", "PUBLISHED");
        o.put("messageFromModerator", null);
        o.put("publishedRevision", 1);
        o.put(
                "challenges",
                List.of(Map.of(
                        "statement", "Spectrum licences shut community networks out.", "actionLines", List.of("C2"))));
        o.put("agreedBy", List.of("c1", "c2"));
        o.put(
                "followUps",
                List.of(Map.of("mechanism", "A working group", "lead", "Ministry of ICT", "by", "2027-12-31")));
        return o;
    }

    @Test
    void theBoardLaysOutRoomsBySlotsWithEveryBrokenRuleAndAPlaceFormPerWorkshop() {
        Map<String, Object> placement = new LinkedHashMap<>(entry());
        placement.put("length", 2);
        placement.put("pinned", true);
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("solving", null);
        draft.put("feasible", false);
        draft.put("score", "-80hard/0medium/-12soft");
        draft.put("changesToPublish", 1);
        draft.put(
                "breaches",
                List.of(Map.of(
                        "rule",
                        "Room too small",
                        "level",
                        "HARD",
                        "points",
                        80,
                        "matches",
                        List.of(Map.of(
                                "workshops",
                                List.of(Map.of("id", "w1", "title", "Community networks beyond the last mile")),
                                "detail",
                                "280 expected, 200 seats in Hall A")))));
        draft.put("placements", List.of(placement));
        draft.put("unplaced", List.of(Map.of("id", "w2", "title", "Backhaul costs")));
        for (String language : LANGUAGES) {
            String page = render(
                    "programme/board",
                    Map.of(
                            "venue", venue(),
                            "draft", draft,
                            "grid", ProgrammePages.grid(venue(), List.of(placement)),
                            "proposals", List.of(workshop("PUBLISHED")),
                            "uncovered", List.of(Map.of("name", "Digital public services", "convenors", 4)),
                            "closedKeys", Set.of("k1|2027-05-12#2")),
                    Locale.forLanguageTag(language));
            assertThat(page).contains("280 expected, 200 seats in Hall A", "id=\"w-w1\"", "id=\"w-w2\"");
        }
        String page = render(
                "programme/board",
                Map.of(
                        "venue",
                        venue(),
                        "draft",
                        draft,
                        "grid",
                        ProgrammePages.grid(venue(), List.of(placement)),
                        "proposals",
                        List.of(),
                        "uncovered",
                        List.of(),
                        "closedKeys",
                        Set.of("k1|2027-05-12#2")),
                Locale.ENGLISH);
        // a workshop of two slots fills both rows of its room on its day
        assertThat(page.split("Community networks beyond the last mile</a><span> \\(pinned\\)"))
                .hasSize(3);
        assertThat(page)
                .contains("Some hard rules are broken.", "Publishing would write to the convenors of 1 workshops.");
    }

    @Test
    void everyPageRendersInEveryLanguage() {
        Map<String, Object> published = new LinkedHashMap<>();
        published.put("days", List.of("2027-05-11", "2027-05-12"));
        published.put("rooms", List.of(Map.of("id", "hall", "name", "Hall A")));
        published.put("themes", List.of("Community networks"));
        published.put("timeZone", "Europe/Zurich");
        published.put("publishedAt", "2027-04-20T10:00:00Z");
        published.put("workshops", List.of(entry()));
        Map<String, Object> proposal = new LinkedHashMap<>();
        proposal.put("invite", List.of("c2"));
        proposal.put("title", "");
        Map<String, Object> outcomeForm = new LinkedHashMap<>();
        outcomeForm.put("challenges", Pages.padded(List.of(), 3));
        outcomeForm.put("followUps", Pages.padded(List.of(), 2));
        outcomeForm.put("agreedBy", List.of("c1"));
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            render("programme/venues", Map.of("venues", List.of(venue())), locale);
            assertThat(render(
                            "programme/programme",
                            Map.of(
                                    "venue", venue(),
                                    "programme", published,
                                    "selected", Map.of(),
                                    "byDay", Map.of("2027-05-11", List.of(entry()))),
                            locale))
                    .contains("Hall A", "/workshops/w1", "/api/convening/venues/v1/programme.ics");
            assertThat(render(
                            "programme/workshop",
                            Map.of(
                                    "workshop",
                                    workshop("PUBLISHED"),
                                    "place",
                                    entry(),
                                    "zone",
                                    "Europe/Zurich",
                                    "outcome",
                                    outcome()),
                            locale))
                    .contains("Spectrum licences shut community networks out.", "Community Networks Kenya")
                    .doesNotContain("Ministry of ICT</a>");
            render("programme/outcomes", Map.of("theme", "Community networks", "outcomes", List.of(outcome())), locale);
            render(
                    "programme/mine",
                    Map.of("workshops", List.of(workshop("DRAFT")), "waitingForMe", Set.of("w1"), "canPropose", true),
                    locale);
            String form = render(
                    "programme/propose",
                    Map.of(
                            "form", proposal,
                            "errors", Map.of("title", "must not be blank"),
                            "problem", "Invalid",
                            "myConvenors", List.of(Map.of("id", "c1", "name", "Red de Conectividad Rural")),
                            "venues", List.of(venue()),
                            "convenors",
                                    List.of(Map.of(
                                            "id",
                                            "c2",
                                            "name",
                                            "Community Networks Kenya",
                                            "stakeholderType",
                                            "CIVIL_SOCIETY"))),
                    locale);
            assertThat(form).contains("id=\"title-error\"", "aria-invalid=\"true\"");
            String mine = render(
                    "programme/my-workshop",
                    Map.of(
                            "workshop", workshop("DRAFT"),
                            "mine", Set.of("c3"),
                            "proposer", false,
                            "outcome", outcome(),
                            "place", entry(),
                            "zone", "Europe/Zurich"),
                    locale);
            // only the invitation of the reader's own convenor can be answered
            assertThat(mine).contains("/my/workshops/w1/invitations/c3/accept").doesNotContain("invitations/c4/accept");
            render(
                    "programme/outcome-form",
                    Map.of("workshop", workshop("PUBLISHED"), "form", outcomeForm, "errors", Map.of(), "problem", ""),
                    locale);
        }
    }

    @Test
    void theQueueShowsAProposedWorkshopToItsDeskAndAnOutcomeToModerators() {
        for (String language : LANGUAGES) {
            for (String kind : List.of("WORKSHOP", "WORKSHOP_OUTCOME")) {
                Map<String, Object> item = new HashMap<>();
                item.put("id", kind.toLowerCase(Locale.ROOT) + ":w1:1");
                item.put("kind", "REVIEW");
                item.put("subjectType", kind);
                item.put("subjectId", "w1");
                item.put("revision", 1);
                item.put("title", "Workshop: Community networks beyond the last mile (Red de Conectividad Rural)");
                item.put("createdAt", "2027-03-04T10:15:00Z");
                item.put("state", "PENDING");
                item.put("claimedBy", null);
                item.put("flagCount", 0);
                item.put("ownItem", false);
                item.put("appealMessage", null);
                Map<String, Object> subject =
                        new HashMap<>(kind.equals("WORKSHOP") ? workshop("SUBMITTED") : outcome());
                subject.put("kind", kind);
                Map<String, Object> model = new HashMap<>();
                model.put("item", item);
                model.put("audit", List.of());
                model.put("entry", null);
                model.put("flags", List.of());
                model.put("convening", subject);
                model.put("decisions", ModerationPages.DECISIONS);
                model.put("reasons", ModerationPages.REASONS);
                String page = render("moderation/item", model, Locale.forLanguageTag(language));
                assertThat(page)
                        .contains(
                                kind.equals("WORKSHOP")
                                        ? "Red de Conectividad Rural, Community Networks Kenya"
                                        : "Spectrum licences shut community networks out.");
            }
        }
    }
}
