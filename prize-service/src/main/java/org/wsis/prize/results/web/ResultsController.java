package org.wsis.prize.results.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.prize.audit.web.Admins;
import org.wsis.prize.edition.Editions;
import org.wsis.prize.edition.domain.Phase;
import org.wsis.prize.results.Results;
import org.wsis.servicekit.problem.ApiException;
import org.wsis.servicekit.security.Caller;

/** Standings, the admins' choice of Winners, and the published results over HTTP. */
@RestController
@RequestMapping("/api/prizes/editions/{year}")
@Validated
public class ResultsController {

    private final Editions editions;
    private final Results results;

    public ResultsController(Editions editions, Results results) {
        this.editions = editions;
        this.results = results;
    }

    /** Running standings: admins only until results are published. */
    @GetMapping("/standings")
    @PreAuthorize("hasRole('admin')")
    public List<Results.CategoryStanding> standings(@PathVariable int year) {
        return results.standings(year);
    }

    public record WinnersRequest(@NotEmpty @Size(max = 2) List<@NotBlank String> nominationIds) {}

    @PostMapping("/categories/{category}/winners")
    @PreAuthorize("hasRole('admin')")
    public ResponseEntity<Void> winners(
            @PathVariable int year,
            @PathVariable @Min(1) @Max(18) int category,
            Caller caller,
            @Valid @RequestBody WinnersRequest request) {
        results.selectWinners(year, category, request.nominationIds(), Admins.of(caller));
        return ResponseEntity.noContent().build();
    }

    /** A Champion as the public sees it. */
    public record PublishedNominee(
            String nominationId,
            String entryTitle,
            String organisation,
            long votes,
            boolean tiedAtCut,
            boolean winner) {}

    public record PublishedCategory(int category, String title, List<PublishedNominee> champions) {}

    /** The published results: Champions and Winners per category, with their valid votes. */
    @GetMapping("/results")
    public List<PublishedCategory> results(@PathVariable int year) {
        if (editions.get(year).phase() != Phase.RESULTS_PUBLISHED) {
            throw ApiException.notFound("The results of " + year);
        }
        return results.standings(year).stream()
                .map(c -> new PublishedCategory(
                        c.category(),
                        c.title(),
                        c.nominees().stream()
                                .filter(Results.Standing::champion)
                                .map(s -> new PublishedNominee(
                                        s.nominationId(),
                                        s.entryTitle(),
                                        s.organisation(),
                                        s.votes(),
                                        s.tiedAtCut(),
                                        s.winner()))
                                .toList()))
                .toList();
    }
}
