package org.wsis.portal.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wsis.contracts.prize.PrizeCategory;
import org.wsis.portal.backend.Backend;
import org.wsis.portal.backend.Backend.Service;
import org.wsis.portal.backend.BackendProblem;

/**
 * The WSIS Prizes: the current edition and its phase, its 18 categories and, from the vote on, the
 * nominees; voting one category at a time with the progress over 18 and the votes already cast; the
 * results once published.
 */
@Controller
public class PrizePages {

    private final Backend backend;

    public PrizePages(Backend backend) {
        this.backend = backend;
    }

    /** The newest edition that is past preparation, else the newest. */
    Optional<Map<String, Object>> currentEdition() {
        List<Map<String, Object>> editions = backend.list(Service.PRIZE, "/api/prizes/editions", null);
        Comparator<Map<String, Object>> byYear = Comparator.comparingInt(e -> ((Number) e.get("year")).intValue());
        return editions.stream()
                .filter(e -> !"PREPARATION".equals(e.get("phase")))
                .max(byYear)
                .or(() -> editions.stream().max(byYear));
    }

    @GetMapping("/prizes")
    public String prizes(Model model) {
        Optional<Map<String, Object>> edition = currentEdition();
        model.addAttribute("edition", edition.orElse(null));
        edition.ifPresent(e -> {
            int year = ((Number) e.get("year")).intValue();
            Map<Integer, List<Map<String, Object>>> nominees = new LinkedHashMap<>();
            backend.listIfPresent(Service.PRIZE, "/api/prizes/editions/" + year + "/nominees", null)
                    .ifPresent(list -> list.forEach(n -> nominees.computeIfAbsent(
                                    ((Number) n.get("category")).intValue(), c -> new java.util.ArrayList<>())
                            .add(n)));
            model.addAttribute("nominees", nominees);
        });
        return "prizes/edition";
    }

    @GetMapping("/prizes/{year}/vote")
    public String vote(@PathVariable int year, @RequestParam(defaultValue = "1") int category, Model model) {
        if (PrizeCategory.byNumber(category).isEmpty()) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        Map<String, Object> edition = backend.get(Service.PRIZE, "/api/prizes/editions/" + year, null);
        model.addAttribute("edition", edition);
        model.addAttribute("category", category);
        model.addAttribute("categoryCount", PrizeCategory.COUNT);
        if (!"VOTING".equals(edition.get("phase"))) {
            return "prizes/vote";
        }
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        query.add("category", String.valueOf(category));
        model.addAttribute(
                "nominees", backend.list(Service.PRIZE, "/api/prizes/editions/" + year + "/nominees", query));
        Map<String, Object> progress = backend.get(Service.PRIZE, "/api/prizes/editions/" + year + "/votes/mine", null);
        model.addAttribute("progress", progress);
        Map<?, ?> votes = (Map<?, ?>) progress.getOrDefault("votes", Map.of());
        model.addAttribute("votedFor", votes.get(String.valueOf(category)));
        return "prizes/vote";
    }

    @PostMapping("/prizes/{year}/vote")
    public String cast(
            @PathVariable int year,
            @RequestParam int category,
            @RequestParam(defaultValue = "") String nominationId,
            RedirectAttributes flash) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", category);
        body.put("nominationId", nominationId.isBlank() ? null : nominationId);
        try {
            backend.send(HttpMethod.POST, Service.PRIZE, "/api/prizes/editions/" + year + "/votes", body);
            flash.addFlashAttribute("notice", "vote.notice.recorded");
            flash.addFlashAttribute("noticeArgs", List.of(category));
            int next = category < PrizeCategory.COUNT ? category + 1 : category;
            return "redirect:/prizes/" + year + "/vote?category=" + next;
        } catch (BackendProblem problem) {
            flash.addFlashAttribute("failure", problem.detail());
            return "redirect:/prizes/" + year + "/vote?category=" + category;
        }
    }

    /** An edition's nominees, by category, each linking to its page: public from the vote on. */
    @GetMapping("/prizes/{year}/nominees")
    public String nominees(@PathVariable int year, Model model) {
        model.addAttribute("edition", backend.get(Service.PRIZE, "/api/prizes/editions/" + year, null));
        model.addAttribute(
                "nominees",
                byCategory(backend.list(Service.PRIZE, "/api/prizes/editions/" + year + "/nominees", null)));
        return "prizes/nominees";
    }

    /**
     * A nominee's page: what its entry is, in its own words, so that voters read what they vote for; and,
     * while the vote is open, the way to its category's ballot.
     */
    @GetMapping("/prizes/{year}/nominations/{id}")
    public String nominee(@PathVariable int year, @PathVariable String id, Model model) {
        Map<String, Object> edition = backend.get(Service.PRIZE, "/api/prizes/editions/" + year, null);
        Map<String, Object> nominee =
                backend.list(Service.PRIZE, "/api/prizes/editions/" + year + "/nominees", null).stream()
                        .filter(n -> id.equals(n.get("id")))
                        .findFirst()
                        .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        model.addAttribute("edition", edition);
        model.addAttribute("nominee", nominee);
        model.addAttribute(
                "category",
                PrizeCategory.byNumber(((Number) nominee.get("category")).intValue())
                        .orElse(null));
        Map<String, Object> entry = null;
        try {
            entry = backend.get(Service.SUBMISSION, "/api/entries/" + nominee.get("entryId"), null);
        } catch (BackendProblem withdrawnSince) {
            // The entry left public view since it was nominated: the page says so.
        }
        model.addAttribute("entry", entry);
        return "prizes/nominee";
    }

    private static Map<Integer, List<Map<String, Object>>> byCategory(List<Map<String, Object>> nominees) {
        Map<Integer, List<Map<String, Object>>> grouped = new java.util.TreeMap<>();
        nominees.forEach(
                n -> grouped.computeIfAbsent(((Number) n.get("category")).intValue(), c -> new java.util.ArrayList<>())
                        .add(n));
        return grouped;
    }

    @GetMapping("/prizes/{year}/results")
    public String results(@PathVariable int year, Model model) {
        model.addAttribute("year", year);
        List<Map<String, Object>> results = backend.listIfPresent(
                        Service.PRIZE, "/api/prizes/editions/" + year + "/results", null)
                .orElse(null);
        model.addAttribute("results", results);
        // Each category's votes as a bar chart: bars keyed by nomination, in the order of the results.
        Map<Object, Charts.Chart> charts = new LinkedHashMap<>();
        if (results != null) {
            for (Map<String, Object> category : results) {
                Map<String, Number> votes = new LinkedHashMap<>();
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> champions = (List<Map<String, Object>>) category.get("champions");
                champions.forEach(n -> votes.put(String.valueOf(n.get("nominationId")), (Number) n.get("votes")));
                charts.put(category.get("category"), Charts.of("votes-" + category.get("category"), votes));
            }
        }
        model.addAttribute("charts", charts);
        return "prizes/results";
    }
}
