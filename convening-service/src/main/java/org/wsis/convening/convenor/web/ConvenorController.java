package org.wsis.convening.convenor.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
import org.wsis.convening.convenor.ConvenorService;
import org.wsis.convening.convenor.domain.Convenor;
import org.wsis.convening.publication.Callers;
import org.wsis.servicekit.security.Caller;
import org.wsis.servicekit.web.ETags;

/**
 * Convenors' profiles over HTTP. Every answer carries the convenor's version as its {@code ETag}; writes
 * accept it back in {@code If-Match} and refuse a stale one with 409.
 */
@RestController
@RequestMapping("/api/convening/convenors")
public class ConvenorController {

    private final ConvenorService convenors;

    public ConvenorController(ConvenorService convenors) {
        this.convenors = convenors;
    }

    /** Someone to invite as a manager (or whose invitation to take back), by e-mail address. */
    public record InvitationRequest(
            @NotBlank @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
            String email) {}

    @PostMapping
    @PreAuthorize("hasRole('stakeholder')")
    public ResponseEntity<ConvenorView> create(Caller caller, @Valid @RequestBody ConvenorRequest request) {
        Convenor convenor = convenors.create(caller, request.details());
        return ResponseEntity.created(URI.create("/api/convening/convenors/" + convenor.id()))
                .eTag(etag(convenor))
                .body(ConvenorView.forManager(convenor));
    }

    /** The convenors the caller manages, in every status. */
    @GetMapping("/mine")
    public List<ConvenorView> mine(Caller caller) {
        return convenors.managedBy(caller).stream()
                .map(ConvenorView::forManager)
                .toList();
    }

    @GetMapping("/{id}")
    public ResponseEntity<ConvenorView> read(@PathVariable String id, @AuthenticationPrincipal @Nullable Jwt jwt) {
        Caller caller = jwt == null ? null : Caller.from(jwt);
        Convenor convenor = convenors.read(id, caller);
        if (caller != null && convenor.isManagedBy(caller.userId())) {
            return ok(convenor);
        }
        ConvenorView view =
                Callers.isStaff(caller) ? ConvenorView.forModerator(convenor) : ConvenorView.forPublic(convenor);
        return ResponseEntity.ok().eTag(etag(convenor)).body(view);
    }

    @PutMapping("/{id}")
    public ResponseEntity<ConvenorView> edit(
            @PathVariable String id,
            Caller caller,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody ConvenorRequest request) {
        return ok(convenors.edit(id, caller, ETags.version(ifMatch), request.details()));
    }

    @PostMapping("/{id}/submit")
    public ResponseEntity<ConvenorView> submit(
            @PathVariable String id,
            Caller caller,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return ok(convenors.submit(id, caller, ETags.version(ifMatch)));
    }

    @PostMapping("/{id}/withdraw")
    public ResponseEntity<ConvenorView> withdraw(
            @PathVariable String id,
            Caller caller,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return ok(convenors.withdraw(id, caller, ETags.version(ifMatch)));
    }

    /** A manager invites someone to manage the convenor with them. */
    @PostMapping("/{id}/invitations")
    public ResponseEntity<ConvenorView> invite(
            @PathVariable String id, Caller caller, @Valid @RequestBody InvitationRequest request) {
        return ok(convenors.invite(id, caller, request.email()));
    }

    /** The convenors that invited the caller's verified address to manage them, as the public sees them. */
    @GetMapping("/invitations")
    public List<ConvenorView> invitations(Caller caller) {
        return convenors.invitationsFor(caller).stream()
                .map(c -> c.isPublic() ? ConvenorView.forPublic(c) : ConvenorView.forModerator(c))
                .toList();
    }

    /** A manager takes back an invitation not yet taken. */
    @PostMapping("/{id}/invitations/revoke")
    public ResponseEntity<ConvenorView> revoke(
            @PathVariable String id, Caller caller, @Valid @RequestBody InvitationRequest request) {
        return ok(convenors.revokeInvitation(id, caller, request.email()));
    }

    /** The person signed in with an invited, verified address becomes a manager. */
    @PostMapping("/{id}/invitations/accept")
    @PreAuthorize("hasRole('stakeholder')")
    public ResponseEntity<ConvenorView> acceptInvitation(@PathVariable String id, Caller caller) {
        return ok(convenors.acceptInvitation(id, caller));
    }

    private static ResponseEntity<ConvenorView> ok(Convenor convenor) {
        return ResponseEntity.ok().eTag(etag(convenor)).body(ConvenorView.forManager(convenor));
    }

    private static String etag(Convenor convenor) {
        return ETags.of(convenor.version() == null ? 0 : convenor.version());
    }
}
