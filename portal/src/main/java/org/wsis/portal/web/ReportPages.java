package org.wsis.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wsis.portal.backend.Backend;
import org.wsis.portal.backend.Backend.Service;
import org.wsis.portal.backend.BackendProblem;

/**
 * The yearly WSIS Stocktaking Reports: the list of years, a year's report as a page (charts drawn as SVG,
 * each beside a table with the year before and the change; the world map; the Prize Champions and Winners of
 * that year's edition; the success stories) and as a PDF in the reader's language; editors generate a report
 * again and choose its success stories among the year's activities.
 */
@Controller
public class ReportPages {

    private static final String REPORTS = "/api/entries/reports";
    private static final List<String> DIMENSIONS = List.of("byActionLine", "bySdg", "byStakeholderType", "byRegion");

    /** One line of a comparison: what, this year, the year before, and the change. */
    public record Row(String key, int count, int previous, int change) {}

    /**
     * One dimension of the report: its name ({@code byActionLine}...), how its lines are named
     * ({@code actionLine}, {@code sdg}, {@code stakeholder}, {@code region}), its chart and its comparison.
     */
    public record Section(String id, String kind, Charts.Chart chart, List<Row> rows) {}

    private static final Map<String, String> KINDS = Map.of(
            "byActionLine", "actionLine",
            "bySdg", "sdg",
            "byStakeholderType", "stakeholder",
            "byRegion", "region");

    private final Backend backend;
    private final WorldMap map;
    private final ReportPdf pdf;

    public ReportPages(Backend backend, WorldMap map, ReportPdf pdf) {
        this.backend = backend;
        this.map = map;
        this.pdf = pdf;
    }

    @GetMapping("/reports")
    public String reports(Model model) {
        model.addAttribute("reports", backend.list(Service.SUBMISSION, REPORTS, null));
        return "reports/reports";
    }

    @GetMapping("/reports/{year}")
    public String report(@PathVariable String year, Model model) {
        fill(model, year(year));
        return "reports/report";
    }

    /** The report as a PDF, in the reader's language, with the fonts of the six languages embedded. */
    @GetMapping("/reports/{year}/pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable String year, Locale locale) {
        int y = year(year);
        Model model = new ExtendedModelMap();
        fill(model, y);
        byte[] document = pdf.render("reports/pdf", model.asMap(), locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("wsis-stocktaking-report-" + y + "-" + locale.getLanguage() + ".pdf")
                                .build()
                                .toString())
                .body(document);
    }

    // --- editors ---

    @GetMapping("/reports/{year}/edit")
    public String edit(@PathVariable String year, @RequestParam(required = false) @Nullable String q, Model model) {
        int y = year(year);
        Map<String, Object> report = null;
        try {
            report = backend.get(Service.SUBMISSION, REPORTS + "/" + y, null);
        } catch (BackendProblem problem) {
            if (problem.status() != 404) {
                throw problem;
            }
        }
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        query.add("year", String.valueOf(y));
        query.add("size", "20");
        query.add("sort", "newest");
        if (q != null && !q.isBlank()) {
            query.add("q", q.strip());
        }
        model.addAttribute("year", y);
        model.addAttribute("report", report);
        model.addAttribute("q", q);
        model.addAttribute("candidates", backend.get(Service.SUBMISSION, "/api/entries", query));
        return "reports/edit";
    }

    @PostMapping("/reports/{year}/generate")
    public String generate(@PathVariable String year, RedirectAttributes flash) {
        int y = year(year);
        return Outcomes.of(
                flash,
                "report.notice.generated",
                "redirect:/reports/" + y + "/edit",
                () -> backend.send(HttpMethod.POST, Service.SUBMISSION, REPORTS + "/" + y, null));
    }

    /** The stories chosen: those kept (in their order) and those added from the search, after them. */
    @PostMapping("/reports/{year}/stories")
    public String stories(
            @PathVariable String year,
            @RequestParam(name = "story", required = false) @Nullable List<String> stories,
            RedirectAttributes flash) {
        int y = year(year);
        List<String> chosen = stories == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(stories));
        return Outcomes.of(
                flash,
                "report.notice.stories",
                "redirect:/reports/" + y + "/edit",
                () -> backend.send(
                        HttpMethod.PUT,
                        Service.SUBMISSION,
                        REPORTS + "/" + y + "/stories",
                        Map.of("entryIds", chosen)));
    }

    /** What a year's report shows, for its page and its PDF. */
    @SuppressWarnings("unchecked")
    private void fill(Model model, int year) {
        Map<String, Object> report = backend.get(Service.SUBMISSION, REPORTS + "/" + year, null);
        Map<String, Object> numbers = (Map<String, Object>) report.get("numbers");
        Map<String, Object> previous = (Map<String, Object>) report.get("previous");
        model.addAttribute("year", year);
        model.addAttribute("report", report);
        model.addAttribute("total", ((Number) numbers.get("total")).longValue());
        model.addAttribute("previousTotal", ((Number) previous.get("total")).longValue());
        model.addAttribute("sections", sections(numbers, previous));
        Map<String, Number> byCountry = (Map<String, Number>) numbers.get("byCountry");
        model.addAttribute("byCountry", byCountry);
        model.addAttribute("countries", compare(byCountry, (Map<String, Number>) previous.get("byCountry")));
        model.addAttribute("fills", map.fills(byCountry));
        model.addAttribute(
                "legend",
                map.legend(byCountry.values().stream()
                        .mapToInt(Number::intValue)
                        .max()
                        .orElse(0)));
        model.addAttribute(
                "prizes",
                backend.listIfPresent(Service.PRIZE, "/api/prizes/editions/" + year + "/results", null)
                        .orElse(null));
    }

    /** The report's dimensions, each with its chart and its comparison with the year before. */
    @SuppressWarnings("unchecked")
    static List<Section> sections(Map<String, Object> numbers, Map<String, Object> previous) {
        List<Section> sections = new ArrayList<>();
        for (String dimension : DIMENSIONS) {
            Map<String, Number> now = (Map<String, Number>) numbers.get(dimension);
            sections.add(new Section(
                    dimension, KINDS.get(dimension), Charts.of(dimension, now), compare(now, (Map<String, Number>)
                            previous.get(dimension))));
        }
        return sections;
    }

    /** Every key of this year, then those only the year before had, with the change. */
    static List<Row> compare(Map<String, Number> now, @Nullable Map<String, Number> before) {
        Map<String, Number> earlier = before == null ? Map.of() : before;
        List<Row> rows = new ArrayList<>();
        now.forEach((key, count) -> {
            int previous = earlier.getOrDefault(key, 0).intValue();
            rows.add(new Row(key, count.intValue(), previous, count.intValue() - previous));
        });
        earlier.forEach((key, count) -> {
            if (!now.containsKey(key)) {
                rows.add(new Row(key, 0, count.intValue(), -count.intValue()));
            }
        });
        return rows;
    }

    private static int year(String year) {
        if (!year.matches("(19|20)[0-9]{2}")) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.NOT_FOUND);
        }
        return Integer.parseInt(year);
    }
}
