package org.wsis.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * The privacy page as it renders in every language: what is kept after an erasure and why, for anyone;
 * the download and the erasure form for a signed-in person, with the erasure's refusals next to their
 * fields; and the word that the account is erased once the person comes back signed out.
 */
class PrivacyPageTest {

    private static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

    private static SpringTemplateEngine engine;
    private static GenericApplicationContext beans;

    @BeforeAll
    static void engine() {
        engine = Templates.engine();
        beans = new GenericApplicationContext();
        beans.refresh();
    }

    private static String render(String language, Map<String, Object> model) {
        MockServletContext servlet = new MockServletContext();
        MockHttpServletRequest request = new MockHttpServletRequest(servlet, "GET", "/privacy");
        var exchange = JakartaServletWebApplication.buildApplication(servlet)
                .buildExchange(request, new MockHttpServletResponse());
        Map<String, Object> variables = new HashMap<>();
        variables.put("errors", Map.of());
        variables.put("form", Map.of("entries", "WITHDRAW", "transferTo", "", "confirmation", ""));
        variables.put("erased", false);
        variables.put("path", "/privacy");
        variables.putAll(model);
        WebContext context = new WebContext(exchange, Locale.forLanguageTag(language), variables);
        context.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(beans, null));
        String html = engine.process("privacy", context);
        assertThat(html)
                .as("privacy in " + language + ": every message is translated")
                .doesNotContain("??");
        return html;
    }

    private static final PageModel.User NADIA =
            new PageModel.User("user-nadia", "Nadia", "nadia@example.org", Set.of("stakeholder"));

    @Test
    void anyoneReadsWhatIsKeptAndWhy_andIsAskedToSignInToActOnTheirData() {
        for (String language : LANGUAGES) {
            String html = render(language, Map.of());
            assertThat(html).contains("/account/privacy\"").doesNotContain("erase-form", "download-my-data");
        }
        assertThat(render("en", Map.of()))
                .contains(
                        "Your ballots keep counting, anonymously, so that the totals stay true",
                        "Decisions on what you wrote stay, with the moderators who took them",
                        "The delivery log keeps the status and times of each mail, without address or subject");
        assertThat(render("fr", Map.of())).contains("Vos bulletins continuent de compter, anonymement");
    }

    @Test
    void aSignedInPersonDownloadsTheirDataAndErasesTheirAccountConfirmingWithTheirOwnAddress() {
        for (String language : LANGUAGES) {
            String html = render(language, Map.of("user", NADIA));
            assertThat(html)
                    .contains("href=\"/account/privacy/export\"", "action=\"/account/privacy/erase\"")
                    .contains(
                            "value=\"WITHDRAW\"", "value=\"TRANSFER\"", "name=\"transferTo\"", "name=\"confirmation\"")
                    .contains("nadia@example.org");
        }
        assertThat(render("en", Map.of("user", NADIA)))
                .contains("Type your own e-mail address (nadia@example.org) to confirm");
        assertThat(render("fr", Map.of("user", NADIA)))
                .contains("Tapez votre propre adresse électronique (nadia@example.org) pour confirmer");
    }

    @Test
    void aRefusedErasureShowsEachErrorNextToItsFieldAndKeepsWhatWasTyped() {
        Map<String, Object> refused = Map.of(
                "user",
                NADIA,
                "errors",
                Map.of("confirmation", "Type your own e-mail address.", "transferTo", "No account has this address."),
                "form",
                Map.of("entries", "TRANSFER", "transferTo", "nobody@example.org", "confirmation", "wrong@example.org"));
        for (String language : LANGUAGES) {
            String html = render(language, refused);
            assertThat(html)
                    .contains("id=\"error-summary\"", "id=\"confirmation-error\"", "id=\"transferTo-error\"")
                    .contains("aria-describedby=\"transferTo-error\"", "aria-invalid=\"true\"")
                    .contains("value=\"nobody@example.org\"", "value=\"wrong@example.org\"")
                    .containsPattern("value=\"TRANSFER\"\\s+checked");
        }
    }

    @Test
    void aPersonComingBackAfterTheErasureIsToldTheirAccountIsErased() {
        for (String language : LANGUAGES) {
            assertThat(render(language, Map.of("erased", true))).contains("role=\"status\"");
        }
        assertThat(render("en", Map.of("erased", true)))
                .contains("Your account is erased and you are signed out.")
                .doesNotContain("/account/privacy\"");
    }
}
