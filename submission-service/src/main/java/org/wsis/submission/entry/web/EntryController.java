package org.wsis.submission.entry.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.contracts.ActionLine;
import org.wsis.servicekit.problem.ApiException;
import org.wsis.servicekit.problem.Problems;
import org.wsis.servicekit.security.Caller;
import org.wsis.submission.entry.EntryService;
import org.wsis.submission.entry.domain.Entry;
import org.wsis.submission.entry.domain.EntryDetails;
import org.wsis.submission.entry.domain.EntryRuleViolation;

/**
 * Stocktaking entries over HTTP. Every response carries the entry's version as its {@code ETag};
 * writes accept it back in {@code If-Match} and refuse a stale one with 409.
 */
@RestController
@RequestMapping("/api/entries")
public class EntryController {

    private final EntryService entries;

    public EntryController(EntryService entries) {
        this.entries = entries;
    }

    /** What the owner writes; every field is checked and reported field by field. */
    public record EntryRequest(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 200) String organisation,
            @NotEmpty List<@NotNull ActionLine> actionLines,
            @Nullable @Size(max = 3000) String shortDescription) {

        EntryDetails details() {
            return new EntryDetails(
                    title.strip(), organisation.strip(), actionLines, shortDescription == null ? "" : shortDescription);
        }
    }

    public record EntryView(
            String id,
            String title,
            String organisation,
            List<ActionLine> actionLines,
            String shortDescription,
            String status,
            int revision,
            @Nullable String messageFromModerator,
            Instant createdAt,
            Instant updatedAt,
            @Nullable Instant publishedAt,
            long version) {

        static EntryView of(Entry e) {
            return new EntryView(
                    e.id(),
                    e.details().title(),
                    e.details().organisation(),
                    e.details().actionLines(),
                    e.details().shortDescription(),
                    e.status().name(),
                    e.revision(),
                    e.messageFromModerator(),
                    e.createdAt(),
                    e.updatedAt(),
                    e.publishedAt(),
                    e.version() == null ? 0 : e.version());
        }
    }

    @PostMapping
    @PreAuthorize("hasRole('stakeholder')")
    public ResponseEntity<EntryView> create(Caller caller, @Valid @RequestBody EntryRequest request) {
        Entry entry = entries.createDraft(caller, request.details());
        return ResponseEntity.created(URI.create("/api/entries/" + entry.id()))
                .eTag(etag(entry))
                .body(EntryView.of(entry));
    }

    @GetMapping("/{id}")
    public ResponseEntity<EntryView> read(@PathVariable String id, @AuthenticationPrincipal @Nullable Jwt jwt) {
        Entry entry = entries.read(id, jwt == null ? null : Caller.from(jwt));
        return ok(entry);
    }

    @PutMapping("/{id}")
    public ResponseEntity<EntryView> edit(
            @PathVariable String id,
            Caller caller,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody EntryRequest request) {
        return ok(entries.edit(id, caller, version(ifMatch), request.details()));
    }

    @PostMapping("/{id}/submit")
    public ResponseEntity<EntryView> submit(
            @PathVariable String id,
            Caller caller,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return ok(entries.submit(id, caller, version(ifMatch)));
    }

    @PostMapping("/{id}/withdraw")
    public ResponseEntity<EntryView> withdraw(
            @PathVariable String id,
            Caller caller,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return ok(entries.withdraw(id, caller, version(ifMatch)));
    }

    @ExceptionHandler(EntryRuleViolation.class)
    ResponseEntity<ProblemDetail> refused(EntryRuleViolation e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Problems.of(HttpStatus.CONFLICT, e.code(), e.getMessage()));
    }

    private static ResponseEntity<EntryView> ok(Entry entry) {
        return ResponseEntity.ok().eTag(etag(entry)).body(EntryView.of(entry));
    }

    private static String etag(Entry entry) {
        return "\"" + (entry.version() == null ? 0 : entry.version()) + "\"";
    }

    private static @Nullable Long version(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST, "bad-if-match", "If-Match must be an ETag this API returned.");
        }
    }
}
