package org.wsis.submission.report.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.servicekit.security.Caller;
import org.wsis.submission.report.ReportService;
import org.wsis.submission.report.domain.StocktakingReport;

/**
 * The yearly WSIS Stocktaking Reports over HTTP: everyone reads them; editors generate a year's again and
 * choose its success stories.
 */
@RestController
@RequestMapping("/api/entries/reports")
@Validated
public class ReportController {

    private final ReportService reports;

    public ReportController(ReportService reports) {
        this.reports = reports;
    }

    /** A report in a list: its year, its number of activities and when it was generated. */
    public record ReportSummary(int year, long total, long previousTotal, Instant generatedAt) {}

    /** The success stories of a year, in the order the report tells them. */
    public record StoriesRequest(
            @NotNull @Size(max = ReportService.MAX_STORIES) List<@NotBlank @Size(max = 64) String> entryIds) {}

    @GetMapping
    public List<ReportSummary> all() {
        return reports.all().stream()
                .map(r -> new ReportSummary(
                        r.year(), r.numbers().total(), r.previous().total(), r.generatedAt()))
                .toList();
    }

    @GetMapping("/{year}")
    public StocktakingReport read(@PathVariable int year) {
        return reports.read(year);
    }

    /** Generates the year's report (again): the numbers as they are now, the stories chosen for it. */
    @PostMapping("/{year}")
    public ResponseEntity<StocktakingReport> generate(@PathVariable int year, Caller caller) {
        return ResponseEntity.ok(reports.generate(caller, year));
    }

    @PutMapping("/{year}/stories")
    public StocktakingReport choose(@PathVariable int year, Caller caller, @Valid @RequestBody StoriesRequest request) {
        return reports.choose(caller, year, request.entryIds());
    }
}
