package org.wsis.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The admins' and experts' prize pages as they render, in every language, from what the prize and
 * notification services answer: the audit trail, the assignment form, the review of a nomination the
 * expert may not score.
 */
class PrizeAdminPagesTest {

    private static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

    private static SpringTemplateEngine engine;
    private static GenericApplicationContext beans;

    @BeforeAll
    static void engine() {
        engine = Templates.engine();
        beans = new GenericApplicationContext();
        beans.registerBean("reference", ReferenceData.class);
        beans.refresh();
    }

    private static String render(String template, String language, Map<String, Object> model) {
        MockServletContext servlet = new MockServletContext();
        MockHttpServletRequest request = new MockHttpServletRequest(servlet, "GET", "/admin");
        var exchange = JakartaServletWebApplication.buildApplication(servlet)
                .buildExchange(request, new MockHttpServletResponse());
        WebContext context = new WebContext(exchange, Locale.forLanguageTag(language), new HashMap<>(model));
        context.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(beans, null));
        String html = engine.process(template, context);
        assertThat(html)
                .as(template + " in " + language + ": every message is translated")
                .doesNotContain("??");
        return html;
    }

    private static Map<String, Object> line(String action, String by, String subject, Map<String, String> details) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", action + subject);
        line.put("action", action);
        line.put("by", Map.of("userId", by, "name", by.equals("admin-ada") ? "Ada" : "Bea"));
        line.put("at", "2027-03-02T09:15:00Z");
        line.put("subject", subject);
        line.put("details", details);
        return line;
    }

    @Test
    void theAuditTrailNamesEachActionAndTheAdminWhoTookItInEveryLanguage() {
        Map<String, Object> trail = Map.of(
                "lines",
                List.of(
                        line(
                                "PHASE_CHANGED",
                                "admin-ada",
                                "2027",
                                Map.of("from", "SELECTION", "to", "RESULTS_PUBLISHED")),
                        line("BALLOTS_REVIEWED", "admin-bea", "ballots", Map.of("decision", "VOIDED", "voters", "21")),
                        line("EXPERT_ASSIGNED", "admin-ada", "expert-elena", Map.of("categories", "2, 13"))),
                "total",
                120,
                "page",
                0,
                "size",
                50);
        for (String language : LANGUAGES) {
            String html = render("admin/audit", language, Map.of("year", 2027, "trail", trail, "page", 0, "pages", 3));
            assertThat(html)
                    .contains("Ada (admin-ada)", "Bea (admin-bea)", "expert-elena", "voters: 21", "2027-03-02 09:15");
            assertThat(html).contains("/api/prizes/editions/2027/audit.csv", "/admin/prizes/2027/audit?page=1");
        }
        assertThat(render("admin/audit", "fr", Map.of("year", 2027, "trail", trail, "page", 0, "pages", 3)))
                .contains("Changement de phase", "Bulletins examinés", "Expert désigné");
    }

    private static Map<String, Object> edition(String phase) {
        Map<String, Object> model = new HashMap<>();
        model.put("edition", Map.of("year", 2027, "phase", phase, "version", 4));
        model.put("nextPhase", null);
        model.put("nominations", Map.of());
        model.put("standings", null);
        model.put("assignmentOpen", phase.equals("EXPERT_REVIEW"));
        model.put("experts", List.of(Map.of("expertId", "expert-elena", "name", "Elena", "organisation", "ITU")));
        return model;
    }

    @Test
    void expertsAreAssignedFromTheKnownOnesUntilTheReviewEndsAndTheTrailIsOneLinkAway() {
        for (String language : LANGUAGES) {
            String open = render("admin/edition", language, edition("EXPERT_REVIEW"));
            assertThat(open).contains("id=\"expertId\"", "<option value=\"expert-elena\">Elena (ITU)</option>");
            assertThat(open).contains("/admin/prizes/2027/audit");
            String closed = render("admin/edition", language, edition("VOTING"));
            assertThat(closed).doesNotContain("id=\"expertId\"");
        }
        assertThat(render("admin/edition", "en", edition("VOTING")))
                .contains("Experts are assigned until the expert review ends.");
    }

    @Test
    void aNominationTheExpertMayNotReviewSaysWhyAndOffersNoForm() {
        Map<String, Object> nomination = Map.of(
                "id", "2027:e1",
                "entryId", "e1",
                "entryTitle", "Ministry broadband",
                "organisation", "Ministry of Digital Affairs",
                "category", 2);
        // As the prize service answers: every field of a review, null where nothing was given.
        Map<String, Object> recused = new HashMap<>();
        recused.put("nominationId", "2027:e1");
        recused.put("expertId", "expert-omar");
        recused.put("scores", null);
        recused.put("total", null);
        recused.put("comment", null);
        recused.put("recused", true);
        recused.put("recusalReason", "Same organisation");
        recused.put("conflict", "SAME_ORGANISATION");
        recused.put("nomination", nomination);
        Map<String, Object> model = Map.of(
                "accountId",
                "expert-omar",
                "edition",
                Map.of("year", 2027, "phase", "EXPERT_REVIEW"),
                "criteria",
                ReviewPages.CRITERIA,
                "items",
                List.of(recused));
        for (String language : LANGUAGES) {
            String html = render("review/worklist", language, model);
            assertThat(html).contains("Ministry broadband");
            assertThat(html).doesNotContain("/review/2027/nominations/2027:e1/scores", "/recusal");
        }
        assertThat(render("review/worklist", "en", model))
                .contains("This nomination competes for your organisation: it is recused on your behalf");
    }

    @Test
    void eachAnnouncementSaysWhichAdminStartedIt() {
        Map<String, Object> broadcast = new HashMap<>();
        broadcast.put("id", "b1");
        broadcast.put("subject", "Voting closes on Friday");
        broadcast.put("segment", "EDITION_VOTERS");
        broadcast.put("status", "RUNNING");
        broadcast.put("sent", 3);
        broadcast.put("recipients", 10);
        broadcast.put("createdBy", "admin-ada");
        broadcast.put("createdByName", "Ada Lovelace");
        Map<String, Object> before = new HashMap<>(broadcast);
        before.put("createdByName", null);
        for (String language : LANGUAGES) {
            String html = render(
                    "admin/broadcasts",
                    language,
                    Map.of(
                            "broadcasts", List.of(broadcast, before),
                            "segments", AdminPages.SEGMENTS,
                            "textLanguages", Languages.ALL));
            assertThat(html).contains("<td>Ada Lovelace</td>", "<td>admin-ada</td>");
        }
    }

    @Test
    void everyLanguageHasEveryMessage() throws IOException {
        Set<Object> keys = bundle("messages").keySet();
        for (String language : LANGUAGES) {
            assertThat(bundle("messages_" + language).keySet()).as(language).containsExactlyInAnyOrderElementsOf(keys);
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PrizeAdminPagesTest.class.getResourceAsStream("/" + name + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
