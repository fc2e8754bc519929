package org.wsis.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.ui.ExtendedModelMap;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.wsis.contracts.EventTypes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The event catalogue's page in every language, and its AsyncAPI document, as the controller serves them. */
class EventCataloguePageTest {

    private static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

    private static SpringTemplateEngine engine;
    private static GenericApplicationContext beans;
    private static final EventCataloguePage PAGE = new EventCataloguePage();

    @BeforeAll
    static void engine() {
        engine = Templates.engine();
        beans = new GenericApplicationContext();
        beans.refresh();
    }

    private static Document render(String language) {
        ExtendedModelMap model = new ExtendedModelMap();
        String view = PAGE.page(model);
        MockServletContext servlet = new MockServletContext();
        MockHttpServletRequest request = new MockHttpServletRequest(servlet, "GET", "/api/docs/events");
        var exchange = JakartaServletWebApplication.buildApplication(servlet)
                .buildExchange(request, new MockHttpServletResponse());
        Map<String, Object> variables = new HashMap<>(model);
        WebContext context = new WebContext(exchange, Locale.forLanguageTag(language), variables);
        context.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(beans, null));
        String html = engine.process(view, context);
        assertThat(html).as(language + ": every message is translated").doesNotContain("??");
        return Jsoup.parse(html);
    }

    @Test
    void everyEventTypeIsShownUnderItsTopicWithItsFieldsAndGoldenSampleInEveryLanguage() {
        for (String language : LANGUAGES) {
            Document page = render(language);

            for (EventTypes.EventType type : EventTypes.all()) {
                var event = page.getElementById(type.name());
                assertThat(event).as(language + " " + type.name()).isNotNull();
                assertThat(event.parent().id()).as(type.name()).isEqualTo(type.topic());
                assertThat(event.select("table.fields tbody th code").eachText())
                        .as(type.name())
                        .contains("eventId", "occurredAt");
                assertThat(JsonMapper.builder()
                                .build()
                                .readTree(event.select("details pre code").text()))
                        .as(type.name())
                        .isEqualTo(JsonMapper.builder()
                                .build()
                                .readTree(org.wsis.contracts.GoldenSamples.json(type.name())));
            }
        }
    }

    @Test
    void aFieldShowsWhetherItIsRequiredItsTypeAndItsValues() {
        Document page = render("en");
        var rows = page.getElementById("org.wsis.entry.EntrySubmitted").select("table.fields tbody tr");
        var actionLines = rows.stream()
                .filter(r -> r.selectFirst("th").text().equals("actionLines"))
                .findFirst()
                .orElseThrow();
        var rejected = page.getElementById("org.wsis.entry.EntryRejected").select("table.fields tbody tr");
        var publishedRevision = rejected.stream()
                .filter(r -> r.selectFirst("th").text().equals("publishedRevision"))
                .findFirst()
                .orElseThrow();

        assertThat(actionLines.select("td").eachText().get(0)).isEqualTo("array of string");
        assertThat(actionLines.select("td").eachText().get(1)).isEqualTo("yes");
        assertThat(actionLines.select("td").eachText().get(2))
                .contains("One of: C1, C2, C3")
                .contains("C11");
        assertThat(publishedRevision.select("td").eachText().subList(0, 2)).containsExactly("integer or null", "no");
    }

    @Test
    void theDocumentIsTheAsyncApiCatalogue() {
        var response = PAGE.document();
        JsonNode document = JsonMapper.builder().build().readTree(response.getBody());

        assertThat(response.getHeaders().getContentType()).hasToString("application/json");
        assertThat(document.path("asyncapi").asString()).isEqualTo("3.0.0");
        assertThat(document.path("channels").path("ballot").path("address").asString())
                .isEqualTo("wsis.ballot.v1");
        assertThat(document.path("components").path("messages").has("org.wsis.ballot.BallotCast"))
                .isTrue();
    }
}
