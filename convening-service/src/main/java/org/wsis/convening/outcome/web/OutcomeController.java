package org.wsis.convening.outcome.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.convening.outcome.OutcomeService;
import org.wsis.convening.outcome.domain.WorkshopOutcome;
import org.wsis.servicekit.security.Caller;
import org.wsis.servicekit.web.ETags;

/**
 * Workshops' outcomes over HTTP: written, submitted and withdrawn by the managers of the convenors holding
 * the workshop, read by everybody once published, gathered per theme. Versions travel as {@code ETag} and
 * {@code If-Match}.
 */
@RestController
@RequestMapping("/api/convening")
@Validated
public class OutcomeController {

    private final OutcomeService outcomes;

    public OutcomeController(OutcomeService outcomes) {
        this.outcomes = outcomes;
    }

    /** A theme's published outcomes, the latest year first: the challenges to follow from one Forum to the next. */
    @GetMapping("/outcomes")
    public List<OutcomeView> onTheme(@RequestParam @NotBlank @Size(max = 200) String theme) {
        return outcomes.onTheme(theme).stream().map(OutcomeView::forPublic).toList();
    }

    @GetMapping("/workshops/{id}/outcome")
    public ResponseEntity<OutcomeView> read(@PathVariable String id, @AuthenticationPrincipal @Nullable Jwt jwt) {
        OutcomeService.Seen seen = outcomes.read(id, jwt == null ? null : Caller.from(jwt));
        return ResponseEntity.ok()
                .eTag(etag(seen.outcome()))
                .body(
                        seen.working()
                                ? OutcomeView.forConvenors(seen.outcome())
                                : OutcomeView.forPublic(seen.outcome()));
    }

    /** Writes the outcome the first time, or changes it. */
    @PutMapping("/workshops/{id}/outcome")
    public ResponseEntity<OutcomeView> write(
            @PathVariable String id,
            Caller caller,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody OutcomeRequest request) {
        return ok(outcomes.write(id, caller, ETags.version(ifMatch), request.details()));
    }

    @PostMapping("/workshops/{id}/outcome/submit")
    public ResponseEntity<OutcomeView> submit(
            @PathVariable String id,
            Caller caller,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return ok(outcomes.submit(id, caller, ETags.version(ifMatch)));
    }

    @PostMapping("/workshops/{id}/outcome/withdraw")
    public ResponseEntity<OutcomeView> withdraw(
            @PathVariable String id,
            Caller caller,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return ok(outcomes.withdraw(id, caller, ETags.version(ifMatch)));
    }

    private static ResponseEntity<OutcomeView> ok(WorkshopOutcome outcome) {
        return ResponseEntity.ok().eTag(etag(outcome)).body(OutcomeView.forConvenors(outcome));
    }

    private static String etag(WorkshopOutcome outcome) {
        return ETags.of(outcome.version() == null ? 0 : outcome.version());
    }
}
