package org.wsis.submission.entry.web;

import jakarta.validation.Valid;
import java.net.URI;
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
import org.wsis.servicekit.security.Caller;
import org.wsis.servicekit.web.ETags;
import org.wsis.submission.entry.EntryService;
import org.wsis.submission.entry.domain.Entry;

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

    @PostMapping
    @PreAuthorize("hasRole('stakeholder')")
    public ResponseEntity<EntryView> create(Caller caller, @Valid @RequestBody EntryRequest request) {
        Entry entry = entries.createDraft(caller, request.details());
        return ResponseEntity.created(URI.create("/api/entries/" + entry.id()))
                .eTag(etag(entry))
                .body(EntryView.forOwner(entry));
    }

    @GetMapping("/{id}")
    public ResponseEntity<EntryView> read(@PathVariable String id, @AuthenticationPrincipal @Nullable Jwt jwt) {
        Caller caller = jwt == null ? null : Caller.from(jwt);
        Entry entry = entries.read(id, caller);
        if (caller != null && entry.isOwnedBy(caller.userId())) {
            return ok(entry);
        }
        return ResponseEntity.ok().eTag(etag(entry)).body(EntryView.forPublic(entry));
    }

    @PutMapping("/{id}")
    public ResponseEntity<EntryView> edit(
            @PathVariable String id,
            Caller caller,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody EntryRequest request) {
        return ok(entries.edit(id, caller, ETags.version(ifMatch), request.details()));
    }

    @PostMapping("/{id}/submit")
    public ResponseEntity<EntryView> submit(
            @PathVariable String id,
            Caller caller,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return ok(entries.submit(id, caller, ETags.version(ifMatch)));
    }

    @PostMapping("/{id}/withdraw")
    public ResponseEntity<EntryView> withdraw(
            @PathVariable String id,
            Caller caller,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return ok(entries.withdraw(id, caller, ETags.version(ifMatch)));
    }

    private static ResponseEntity<EntryView> ok(Entry entry) {
        return ResponseEntity.ok().eTag(etag(entry)).body(EntryView.forOwner(entry));
    }

    private static String etag(Entry entry) {
        return ETags.of(entry.version() == null ? 0 : entry.version());
    }
}
