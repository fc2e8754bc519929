package org.wsis.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.wsis.portal.backend.Backend;
import org.wsis.portal.backend.Backend.Service;
import org.wsis.portal.backend.BackendProblem;

/**
 * The numbers of the stocktaking database as charts and a world map, filtered as search is, with the links
 * to export what is shown (the activities as CSV or JSON, and the counts as JSON).
 */
@Controller
public class StatisticsPages {

    static final List<String> FILTERS =
            List.of("q", "actionLine", "sdg", "region", "stakeholderType", "country", "year");

    private final Backend backend;
    private final WorldMap map;

    public StatisticsPages(Backend backend, WorldMap map) {
        this.backend = backend;
        this.map = map;
    }

    @GetMapping("/statistics")
    public String statistics(@RequestParam MultiValueMap<String, String> params, Model model) {
        MultiValueMap<String, String> filters = filters(params);
        model.addAttribute("selected", filters);
        model.addAttribute("filterQuery", filterQuery(filters));
        try {
            Map<String, Object> stats = backend.get(Service.SUBMISSION, "/api/entries/statistics", filters);
            model.addAttribute("stats", stats);
            model.addAttribute("charts", charts(stats));
            @SuppressWarnings("unchecked")
            Map<String, Number> byCountry = (Map<String, Number>) stats.get("byCountry");
            model.addAttribute("byCountry", byCountry);
            model.addAttribute("fills", map.fills(byCountry));
            model.addAttribute(
                    "legend",
                    map.legend(byCountry.values().stream()
                            .mapToInt(Number::intValue)
                            .max()
                            .orElse(0)));
            // The years to filter by are those of the whole database, whatever is chosen now.
            Map<String, Object> all =
                    filters.isEmpty() ? stats : backend.get(Service.SUBMISSION, "/api/entries/statistics", null);
            model.addAttribute("years", ((Map<?, ?>) all.get("byYear")).keySet());
        } catch (BackendProblem problem) {
            model.addAttribute("problem", problem.detail());
        }
        return "statistics";
    }

    /** The filters the request fills in (blank ones and anything else left out). */
    static MultiValueMap<String, String> filters(MultiValueMap<String, String> params) {
        MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
        Pages.putFilled(params, FILTERS, filters);
        return filters;
    }

    /** The filters as the query string the export links carry: empty, or {@code ?region=AFR&year=2026}. */
    static String filterQuery(MultiValueMap<String, String> filters) {
        String query = Pages.queryString(filters);
        return query == null ? "" : "?" + query;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Charts.Chart> charts(Map<String, Object> stats) {
        Map<String, Charts.Chart> charts = new LinkedHashMap<>();
        for (String dimension : List.of("byActionLine", "bySdg", "byStakeholderType", "byRegion", "byYear")) {
            charts.put(dimension, Charts.of(dimension, (Map<String, Number>) stats.get(dimension)));
        }
        return charts;
    }
}
