package org.wsis.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The statistics page as the portal renders it: each chart drawn as SVG beside a table of the same numbers,
 * the world map shading each country by its class on the scale, the export links carrying the filters; in
 * every language, without a missing text.
 */
class StatisticsPagesTest {

    private static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "es", "ru");
    private static final WorldMap MAP = new WorldMap();

    private static Map<String, Object> stats() {
        Map<String, Object> stats = new LinkedHashMap<>();
        Map<String, Integer> actionLines = new LinkedHashMap<>();
        for (int i = 1; i <= 11; i++) {
            actionLines.put("C" + i, i == 2 ? 40 : i);
        }
        Map<String, Integer> sdgs = new LinkedHashMap<>();
        for (int i = 1; i <= 17; i++) {
            sdgs.put(String.valueOf(i), i == 9 ? 30 : 0);
        }
        stats.put("total", 1234);
        stats.put("byActionLine", actionLines);
        stats.put("bySdg", sdgs);
        stats.put("byRegion", Map.of("AFR", 20, "EUR", 5));
        stats.put("byStakeholderType", Map.of("GOVERNMENT", 12, "ACADEMIA", 3));
        stats.put("byYear", new LinkedHashMap<>(Map.of("2026", 40)));
        stats.put("byCountry", new LinkedHashMap<>(Map.of("SN", 300, "KE", 3, "FR", 1)));
        return stats;
    }

    private static Document render(Locale locale, LinkedMultiValueMap<String, String> selected) {
        Map<String, Object> stats = stats();
        @SuppressWarnings("unchecked")
        Map<String, Number> byCountry = (Map<String, Number>) stats.get("byCountry");
        Map<String, Object> model = new HashMap<>();
        model.put("selected", selected);
        model.put("filterQuery", StatisticsPages.filterQuery(selected));
        model.put("stats", stats);
        model.put("charts", StatisticsPages.charts(stats));
        model.put("byCountry", byCountry);
        model.put("fills", MAP.fills(byCountry));
        model.put("legend", MAP.legend(300));
        model.put("years", List.of("2025", "2026"));
        model.put("worldMap", MAP);
        return Jsoup.parse(Templates.render("statistics", model, locale));
    }

    @Test
    void eachChartIsBesideATableOfItsNumbersInEveryLanguage() {
        for (String language : LANGUAGES) {
            Document page = render(Locale.forLanguageTag(language), new LinkedMultiValueMap<>());
            assertThat(page.select("figure.chart")).hasSize(6);
            for (Element figure : page.select("figure.chart")) {
                assertThat(figure.select("svg[aria-hidden=true]")).isNotEmpty();
                assertThat(figure.select("table caption").text())
                        .isEqualTo(figure.select("h2").text());
            }
            Element actionLines =
                    page.select("#byActionLine-h").parents().select("figure").first();
            assertThat(actionLines.select("svg g")).hasSize(11);
            assertThat(actionLines.select("tbody tr")).hasSize(11);
            // The longest bar is the largest count's; the others are in proportion.
            assertThat(actionLines.select("svg rect").eachAttr("width")).contains("380.0", "9.5");
        }
    }

    @Test
    void theMapShadesEachCountryByItsClassAndNamesItInTheReadersLanguage() {
        Document page = render(Locale.FRENCH, new LinkedMultiValueMap<>());
        assertThat(page.select("svg.map path")).hasSizeGreaterThan(200);
        String senegal = page.select("path[data-country=SN]").attr("fill");
        String kenya = page.select("path[data-country=KE]").attr("fill");
        assertThat(senegal).isEqualTo("#1e3a8a");
        assertThat(kenya).isNotEqualTo(senegal).isNotEqualTo(WorldMap.NONE);
        assertThat(page.select("path[data-country=DE]").attr("fill")).isEqualTo(WorldMap.NONE);
        assertThat(page.select("path[data-country=SN]")
                        .parents()
                        .first()
                        .select("title")
                        .text())
                .isEqualTo("Sénégal: 300");
        assertThat(page.select("table.countries tbody th").eachText()).contains("Sénégal", "Kenya", "France");
        assertThat(page.select(".legend li")).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void theExportLinksCarryTheFilters() {
        LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.put("region", List.of("AFR"));
        params.put("year", List.of("2026"));
        params.put("sdg", List.of(""));
        params.put("page", List.of("3"));
        LinkedMultiValueMap<String, String> selected = new LinkedMultiValueMap<>(StatisticsPages.filters(params));
        Document page = render(Locale.ENGLISH, selected);
        assertThat(page.select(".exports a").eachAttr("href"))
                .containsExactly(
                        "/api/entries/export.csv?region=AFR&year=2026",
                        "/api/entries/export.json?region=AFR&year=2026",
                        "/api/entries/statistics?region=AFR&year=2026",
                        "/entries?region=AFR&year=2026");
        assertThat(page.select("#region option[selected]").eachAttr("value")).containsExactly("AFR");
        assertThat(page.select("details").hasAttr("open")).isTrue();
    }

    @Test
    void theScaleHasFiveClassesThatCoverEveryCount() {
        List<WorldMap.Shade> legend = MAP.legend(300);
        assertThat(legend).hasSize(5);
        assertThat(legend.getFirst().from()).isEqualTo(1);
        assertThat(legend.getLast().to()).isEqualTo(300);
        for (int i = 1; i < legend.size(); i++) {
            assertThat(legend.get(i).from()).isEqualTo(legend.get(i - 1).to() + 1);
        }
        assertThat(MAP.legend(2)).extracting(WorldMap.Shade::to).containsExactly(1, 2);
        assertThat(MAP.legend(0)).isEmpty();
    }
}
