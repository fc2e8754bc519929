package org.wsis.prize.results.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.prize.audit.web.Admins;
import org.wsis.prize.edition.Editions;
import org.wsis.prize.edition.domain.Phase;
import org.wsis.prize.edition.web.EditionController.EditionView;
import org.wsis.prize.results.Results;
import org.wsis.servicekit.security.Caller;
import org.wsis.servicekit.web.ETags;

/**
 * An edition's move to its next phase over HTTP. It lives with the results because the last move,
 * publication, is the results' work (the standings fixed, Champions and Winners announced); the other
 * moves are the editions' own.
 */
@RestController
@Validated
public class PhaseController {

    private final Editions editions;
    private final Results results;

    public PhaseController(Editions editions, Results results) {
        this.editions = editions;
        this.results = results;
    }

    public record PhaseRequest(@NotNull Phase phase) {}

    /** Moves the edition to its next phase; {@code If-Match} carries the version the admin saw. */
    @PostMapping("/api/prizes/editions/{year}/phase")
    @PreAuthorize("hasRole('admin')")
    public EditionView advance(
            @PathVariable int year,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            Caller caller,
            @Valid @RequestBody PhaseRequest request) {
        Long named = ETags.version(ifMatch);
        long version = named == null ? currentVersion(year) : named;
        if (request.phase() == Phase.RESULTS_PUBLISHED) {
            results.publish(year, version, Admins.of(caller));
            return EditionView.of(editions.get(year));
        }
        return EditionView.of(editions.advance(year, request.phase(), version, Admins.of(caller)));
    }

    private long currentVersion(int year) {
        Long version = editions.get(year).version();
        return version == null ? 0 : version;
    }
}
