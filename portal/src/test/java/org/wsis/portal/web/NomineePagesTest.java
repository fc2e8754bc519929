package org.wsis.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.wsis.contracts.prize.PrizeCategory;

/**
 * The nominees' pages as the portal renders them: a voter reads what a nominee is, in its entry's words, and
 * goes from it to its category's ballot while the vote is open; every page in every language.
 */
class NomineePagesTest {

    private static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "es", "ru");

    private static Map<String, Object> nominee() {
        return Map.of(
                "id", "n1",
                "edition", 2027,
                "category", 2,
                "entryId", "e1",
                "entryTitle", "Solar kiosks for rural connectivity",
                "organisation", "Ministry of Digital Economy",
                "status", "NOMINEE");
    }

    private static Map<String, Object> entry() {
        Map<String, Object> entry = new HashMap<>();
        entry.put("id", "e1");
        entry.put("country", "SN");
        entry.put("stakeholderType", "GOVERNMENT");
        entry.put("shortDescription", "Kiosks that sell connectivity and charge phones in 40 villages.");
        entry.put("fullDescription", "Each kiosk is run by a local cooperative.");
        entry.put("actionLines", List.of("C2"));
        entry.put("sdgs", List.of(9));
        return entry;
    }

    @Test
    void aNomineesPageShowsItsEntrysOwnWordsAndTheWayToItsBallot() {
        for (String language : LANGUAGES) {
            Map<String, Object> model = new HashMap<>();
            model.put("edition", Map.of("year", 2027, "phase", "VOTING"));
            model.put("nominee", nominee());
            model.put("category", PrizeCategory.byNumber(2).orElseThrow());
            model.put("entry", entry());
            Document page = Jsoup.parse(Templates.render("prizes/nominee", model, Locale.forLanguageTag(language)));
            assertThat(page.select("h1").text()).isEqualTo("Solar kiosks for rural connectivity");
            assertThat(page.text())
                    .contains("Kiosks that sell connectivity", "Each kiosk is run by a local cooperative.");
            assertThat(page.select("a[href='/prizes/2027/vote?category=2']")).hasSize(1);
        }
        Map<String, Object> gone = new HashMap<>();
        gone.put("edition", Map.of("year", 2027, "phase", "RESULTS_PUBLISHED"));
        gone.put("nominee", nominee());
        gone.put("category", PrizeCategory.byNumber(2).orElseThrow());
        gone.put("entry", null);
        Document page = Jsoup.parse(Templates.render("prizes/nominee", gone, Locale.ENGLISH));
        assertThat(page.text()).contains("no longer public");
        assertThat(page.select("a[href^='/prizes/2027/vote']")).isEmpty();
    }

    @Test
    void thePublishedResultsDrawEachCategorysVotesWithItsWinnersBarsMarked() {
        List<Map<String, Object>> champions = List.of(
                Map.of(
                        "nominationId",
                        "n1",
                        "entryTitle",
                        "Solar kiosks for rural connectivity",
                        "organisation",
                        "Ministry",
                        "votes",
                        1200,
                        "tiedAtCut",
                        false,
                        "winner",
                        true),
                Map.of(
                        "nominationId",
                        "n2",
                        "entryTitle",
                        "Village health records",
                        "organisation",
                        "NGO",
                        "votes",
                        300,
                        "tiedAtCut",
                        false,
                        "winner",
                        false));
        List<Map<String, Object>> results =
                List.of(Map.of("category", 2, "title", "Infrastructure", "champions", champions));
        Map<String, Integer> votes = new java.util.LinkedHashMap<>();
        votes.put("n1", 1200);
        votes.put("n2", 300);
        Map<Object, Charts.Chart> charts = Map.of(2, Charts.of("votes-2", votes));
        for (String language : LANGUAGES) {
            Document page = Jsoup.parse(Templates.render(
                    "prizes/results",
                    new HashMap<>(Map.of("year", 2027, "results", results, "charts", charts)),
                    Locale.forLanguageTag(language)));
            assertThat(page.select("svg.bars rect")).hasSize(2);
            assertThat(page.select("svg.bars rect.winner").attr("width")).isEqualTo("380.0");
            assertThat(page.select("svg.bars text.bar-count").eachText())
                    .extracting(t -> t.replaceAll("[^0-9]", ""))
                    .containsExactly("1200", "300");
            assertThat(page.select("svg.bars text.bar-label").eachText())
                    .containsExactly("Solar kiosks for rural ...", "Village health records");
            // The list beside it says the same in words.
            assertThat(page.select("section.card li").first().text()).contains("Solar kiosks for rural connectivity");
        }
    }

    @Test
    void theNomineesOfAnEditionAreListedByCategoryEachLinkingToItsPage() {
        Map<Integer, List<Map<String, Object>>> byCategory = new TreeMap<>(Map.of(2, List.of(nominee())));
        for (String language : LANGUAGES) {
            Document page = Jsoup.parse(Templates.render(
                    "prizes/nominees",
                    new HashMap<>(Map.of("edition", Map.of("year", 2027, "phase", "VOTING"), "nominees", byCategory)),
                    Locale.forLanguageTag(language)));
            assertThat(page.select("a[href='/prizes/2027/nominations/n1']").text())
                    .isEqualTo("Solar kiosks for rural connectivity");
            assertThat(page.select("h2")).hasSize(1);
        }
    }
}
