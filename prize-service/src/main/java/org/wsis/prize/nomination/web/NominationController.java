package org.wsis.prize.nomination.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.prize.audit.web.Admins;
import org.wsis.prize.edition.Editions;
import org.wsis.prize.edition.domain.Phase;
import org.wsis.prize.nomination.Nominations;
import org.wsis.prize.nomination.domain.Nomination;
import org.wsis.prize.nomination.domain.NominationStatus;
import org.wsis.servicekit.problem.ApiException;
import org.wsis.servicekit.security.Caller;

/** Nominations over HTTP: stakeholders nominate, admins and experts list, admins shortlist; the nominees. */
@RestController
@RequestMapping("/api/prizes/editions/{year}")
@Validated
public class NominationController {

    private final Editions editions;
    private final Nominations nominations;

    public NominationController(Editions editions, Nominations nominations) {
        this.editions = editions;
        this.nominations = nominations;
    }

    public record NominationRequest(
            @NotBlank String entryId,
            @NotNull @Min(1) @Max(18) Integer category) {}

    public record NominationView(
            String id,
            int edition,
            int category,
            String entryId,
            String entryTitle,
            String organisation,
            String status,
            @Nullable String reasonCode,
            @Nullable String message,
            @Nullable String award,
            Instant createdAt) {
        static NominationView of(Nomination n) {
            Nomination.State s = n.state();
            return new NominationView(
                    s.id(),
                    s.edition(),
                    s.category().number(),
                    s.entryId(),
                    s.entryTitle(),
                    s.organisation(),
                    s.status().name(),
                    s.reasonCode(),
                    s.message(),
                    s.award() == null ? null : s.award().name(),
                    s.createdAt());
        }
    }

    @PostMapping("/nominations")
    @PreAuthorize("hasRole('stakeholder')")
    public ResponseEntity<NominationView> nominate(
            @PathVariable int year, Caller caller, @Valid @RequestBody NominationRequest request) {
        Nomination nomination = nominations.nominate(year, request.entryId(), request.category(), caller);
        return ResponseEntity.created(URI.create("/api/prizes/editions/" + year + "/nominations/" + nomination.id()))
                .body(NominationView.of(nomination));
    }

    @GetMapping("/nominations/mine")
    public List<NominationView> mine(@PathVariable int year, Caller caller) {
        return nominations.ownedBy(year, caller.userId()).stream()
                .map(NominationView::of)
                .toList();
    }

    @GetMapping("/nominations")
    @PreAuthorize("hasAnyRole('admin', 'expert')")
    public List<NominationView> nominations(
            @PathVariable int year,
            @RequestParam(required = false) @Nullable @Min(1) @Max(18) Integer category,
            @RequestParam(required = false) @Nullable NominationStatus status) {
        return nominations.list(year, category, status).stream()
                .map(NominationView::of)
                .toList();
    }

    @PostMapping("/nominations/{id}/shortlist")
    @PreAuthorize("hasRole('admin')")
    public NominationView shortlist(@PathVariable int year, @PathVariable String id, Caller caller) {
        return NominationView.of(nominations.shortlist(id, Admins.of(caller)));
    }

    /** The nominees, public from the vote on. */
    @GetMapping("/nominees")
    public List<NominationView> nominees(
            @PathVariable int year, @RequestParam(required = false) @Nullable @Min(1) @Max(18) Integer category) {
        if (editions.get(year).phase().compareTo(Phase.VOTING) < 0) {
            throw ApiException.notFound("The nominees of " + year);
        }
        return nominations.list(year, category, NominationStatus.NOMINEE).stream()
                .map(NominationView::of)
                .toList();
    }
}
