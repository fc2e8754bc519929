package org.wsis.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The Stocktaking Report as the portal renders it, from the real templates and messages, for what
 * submission-service and prize-service answer: in every language without a missing text, each chart beside
 * the table of the year and the year before with the change, the Champions and Winners, the success
 * stories; the editors' page with the stories kept first.
 */
class ReportTemplatesTest {

    private static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "es", "ru");

    static Map<String, Object> numbers(int total, int c2, int c4, String country, int inCountry) {
        Map<String, Object> lines = new LinkedHashMap<>();
        for (int i = 1; i <= 11; i++) {
            lines.put("C" + i, i == 2 ? c2 : i == 4 ? c4 : 0);
        }
        Map<String, Object> sdgs = new LinkedHashMap<>();
        for (int i = 1; i <= 17; i++) {
            sdgs.put(String.valueOf(i), i == 4 ? total : 0);
        }
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("total", total);
        n.put("byActionLine", lines);
        n.put("bySdg", sdgs);
        n.put("byRegion", new LinkedHashMap<>(Map.of("AFR", total, "AMS", 0, "ARB", 0, "ASP", 0, "CIS", 0, "EUR", 0)));
        n.put("byStakeholderType", new LinkedHashMap<>(Map.of("GOVERNMENT", total)));
        n.put("byCountry", new LinkedHashMap<>(Map.of(country, inCountry)));
        return n;
    }

    static Map<String, Object> model() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("year", 2026);
        report.put("numbers", numbers(3, 2, 1, "KE", 3));
        report.put("previous", numbers(1, 0, 1, "SN", 1));
        report.put(
                "stories",
                List.of(Map.of(
                        "entryId", "e1",
                        "title", "Rural broadband",
                        "organisation", "Ministry of ICT",
                        "country", "KE",
                        "actionLines", List.of("C2"),
                        "shortDescription", "Fibre to 500 schools.")));
        report.put("generatedAt", "2026-12-05T08:00:00Z");
        // As ReportPages fills it.
        org.springframework.ui.ExtendedModelMap model = new org.springframework.ui.ExtendedModelMap();
        model.addAttribute("year", 2026);
        model.addAttribute("report", report);
        model.addAttribute("total", 3L);
        model.addAttribute("previousTotal", 1L);
        @SuppressWarnings("unchecked")
        List<ReportPages.Section> sections = ReportPages.sections(
                (Map<String, Object>) report.get("numbers"), (Map<String, Object>) report.get("previous"));
        model.addAttribute("sections", sections);
        model.addAttribute("byCountry", Map.of("KE", 3));
        model.addAttribute("countries", ReportPages.compare(Map.of("KE", 3), Map.of("SN", 1)));
        model.addAttribute("fills", Map.of("KE", "#08519c"));
        model.addAttribute("legend", List.of());
        model.addAttribute(
                "prizes",
                List.of(Map.of(
                        "category",
                        2,
                        "title",
                        "Information and communication infrastructure",
                        "champions",
                        List.of(
                                Map.of(
                                        "entryTitle",
                                        "Rural broadband",
                                        "organisation",
                                        "Ministry of ICT",
                                        "winner",
                                        true,
                                        "votes",
                                        120),
                                Map.of(
                                        "entryTitle",
                                        "Mesh villages",
                                        "organisation",
                                        "Sahel Connect",
                                        "winner",
                                        false,
                                        "votes",
                                        80)))));
        return new HashMap<>(model);
    }

    @Test
    void aYearsReportReadsInTheSixLanguagesWithEachChartBesideTheYearBeforeAndTheChange() {
        for (String language : LANGUAGES) {
            Document page = Jsoup.parse(Templates.render("reports/report", model(), Locale.forLanguageTag(language)));
            assertThat(page.select("figure.chart")).hasSize(5);
            assertThat(page.select("figure svg[aria-hidden=true]")).hasSize(5);
            // C2: 2 this year, none the year before.
            var c2 = page.select("#byActionLine-h")
                    .first()
                    .parent()
                    .select("table.compare tbody tr")
                    .get(1);
            assertThat(c2.select("td").eachText()).containsExactly("0", "2", "+2");
            var countries = page.select("figure.world table.compare tbody tr");
            assertThat(countries).hasSize(2);
            assertThat(countries.get(1).select("td").eachText()).containsExactly("1", "0", "−1");
            assertThat(page.select(".prize-category li")).hasSize(2);
            assertThat(page.select("article.story a[href=/entries/e1]").text()).isEqualTo("Rural broadband");
            assertThat(page.select("a[href=/reports/2026/pdf]")).hasSize(1);
            if (language.equals("en")) {
                assertThat(page.select(".total").text()).isEqualTo("3 activities published in 2026");
                assertThat(page.select(".total + p").text()).isEqualTo("2 more than in 2025 (1).");
            }
        }
    }

    @Test
    void theEditorsPageKeepsTheChosenStoriesFirstAndOffersTheYearsOthers() {
        Map<String, Object> model = model();
        model.put("q", "broadband");
        model.put(
                "candidates",
                Map.of(
                        "items",
                        List.of(
                                Map.of("id", "e1", "title", "Rural broadband", "organisation", "Ministry of ICT"),
                                Map.of("id", "e2", "title", "Broadband for clinics", "organisation", "Health NGO"))));
        model.put("user", new PageModel.User("ed-nora", "Nora", "nora@example.org", Set.of("editor")));
        for (String language : LANGUAGES) {
            Document page = Jsoup.parse(Templates.render("reports/edit", model, Locale.forLanguageTag(language)));
            assertThat(page.select("input[name=story]").eachAttr("value")).containsExactly("e1", "e2");
            assertThat(page.select("input[name=story][checked]").eachAttr("value"))
                    .containsExactly("e1");
            assertThat(page.select("form[action=/reports/2026/generate]")).hasSize(1);
        }
    }
}
