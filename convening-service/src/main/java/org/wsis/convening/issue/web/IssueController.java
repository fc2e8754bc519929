package org.wsis.convening.issue.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.convening.issue.IssueService;
import org.wsis.convening.issue.domain.Issue;
import org.wsis.servicekit.security.Caller;
import org.wsis.servicekit.web.ETags;

/**
 * The issues convenors address, over HTTP: written under a convenor by its managers, read by everybody once
 * published. Versions travel as {@code ETag} and {@code If-Match}, as for convenors.
 */
@RestController
@RequestMapping("/api/convening")
public class IssueController {

    private final IssueService issues;

    public IssueController(IssueService issues) {
        this.issues = issues;
    }

    @PostMapping("/convenors/{convenorId}/issues")
    @PreAuthorize("hasRole('stakeholder')")
    public ResponseEntity<IssueView> create(
            @PathVariable String convenorId, Caller caller, @Valid @RequestBody IssueRequest request) {
        Issue issue = issues.create(caller, convenorId, request.details());
        return ResponseEntity.created(URI.create("/api/convening/issues/" + issue.id()))
                .eTag(etag(issue))
                .body(IssueView.forManager(issue, issue.convenorName()));
    }

    /** A convenor's issues: every one to its managers, the published ones to everybody else. */
    @GetMapping("/convenors/{convenorId}/issues")
    public List<IssueView> ofConvenor(@PathVariable String convenorId, @AuthenticationPrincipal @Nullable Jwt jwt) {
        IssueService.OfConvenor found = issues.ofConvenor(convenorId, jwt == null ? null : Caller.from(jwt));
        return found.issues().stream()
                .map(issue -> found.managed()
                        ? IssueView.forManager(issue, found.convenorName())
                        : IssueView.forPublic(issue, found.convenorName()))
                .toList();
    }

    @GetMapping("/issues/{id}")
    public ResponseEntity<IssueView> read(@PathVariable String id, @AuthenticationPrincipal @Nullable Jwt jwt) {
        IssueService.Seen seen = issues.read(id, jwt == null ? null : Caller.from(jwt));
        IssueView view = seen.working()
                ? IssueView.forManager(seen.issue(), seen.convenorName())
                : IssueView.forPublic(seen.issue(), seen.convenorName());
        return ResponseEntity.ok().eTag(etag(seen.issue())).body(view);
    }

    @PutMapping("/issues/{id}")
    public ResponseEntity<IssueView> edit(
            @PathVariable String id,
            Caller caller,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody IssueRequest request) {
        return ok(issues.edit(id, caller, ETags.version(ifMatch), request.details()));
    }

    @PostMapping("/issues/{id}/submit")
    public ResponseEntity<IssueView> submit(
            @PathVariable String id,
            Caller caller,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return ok(issues.submit(id, caller, ETags.version(ifMatch)));
    }

    @PostMapping("/issues/{id}/withdraw")
    public ResponseEntity<IssueView> withdraw(
            @PathVariable String id,
            Caller caller,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return ok(issues.withdraw(id, caller, ETags.version(ifMatch)));
    }

    private static ResponseEntity<IssueView> ok(Issue issue) {
        return ResponseEntity.ok().eTag(etag(issue)).body(IssueView.forManager(issue, issue.convenorName()));
    }

    private static String etag(Issue issue) {
        return ETags.of(issue.version() == null ? 0 : issue.version());
    }
}
