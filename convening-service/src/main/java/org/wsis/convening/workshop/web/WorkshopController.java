package org.wsis.convening.workshop.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.convening.directory.Theme;
import org.wsis.convening.venue.VenueService;
import org.wsis.convening.workshop.WorkshopService;
import org.wsis.convening.workshop.domain.Workshop;
import org.wsis.servicekit.problem.Refusal;
import org.wsis.servicekit.security.Caller;
import org.wsis.servicekit.web.ETags;

/**
 * Thematic workshops over HTTP: proposed and changed by the managers of a public convenor, answered by the
 * invited convenors' managers, merged by the programme's admins, read by everybody once accepted. Versions
 * travel as {@code ETag} and {@code If-Match}.
 */
@RestController
@RequestMapping("/api/convening")
public class WorkshopController {

    private final WorkshopService workshops;
    private final VenueService venues;

    public WorkshopController(WorkshopService workshops, VenueService venues) {
        this.workshops = workshops;
        this.venues = venues;
    }

    /** More convenors to invite. */
    public record InviteRequest(@NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 64) String> convenorIds) {}

    /** The proposal to merge into this one. */
    public record MergeRequest(@NotBlank @Size(max = 64) String from) {}

    @PostMapping("/workshops")
    @PreAuthorize("hasRole('stakeholder')")
    public ResponseEntity<WorkshopView> propose(Caller caller, @Valid @RequestBody WorkshopRequest request) {
        if (request.venueId() == null || request.convenorId() == null) {
            throw Refusal.invalid(
                    "venue-and-convenor", "A workshop is proposed for a venue (venueId) by a convenor (convenorId).");
        }
        Workshop workshop = workshops.propose(
                caller, request.venueId(), request.convenorId(), request.details(), request.invited());
        return ResponseEntity.created(URI.create("/api/convening/workshops/" + workshop.id()))
                .eTag(etag(workshop))
                .body(involved(workshop));
    }

    /** A venue's accepted workshops (everybody), or every proposal for it (the programme's admins). */
    @GetMapping("/venues/{venueId}/workshops")
    public List<WorkshopView> atVenue(
            @PathVariable String venueId,
            @RequestParam(defaultValue = "false") boolean proposals,
            @AuthenticationPrincipal @Nullable Jwt jwt) {
        if (proposals) {
            if (!VenueService.runsProgrammes(jwt == null ? null : Caller.from(jwt))) {
                throw Refusal.notPermitted("Only the programme's admins read every proposal.");
            }
            return workshops.atVenue(venueId).stream().map(this::involved).toList();
        }
        venues.read(venueId);
        return workshops.accepted(venueId).stream()
                .map(w -> WorkshopView.forPublic(w, ruleMet(w)))
                .toList();
    }

    /** The themes of the venue's year that no workshop addresses yet. */
    @GetMapping("/venues/{venueId}/uncovered-themes")
    @PreAuthorize("hasAnyRole('admin', 'programme')")
    public List<Theme> uncoveredThemes(@PathVariable String venueId) {
        return workshops.uncoveredThemes(venueId);
    }

    /** The workshops proposed by, or inviting, a convenor the caller manages. */
    @GetMapping("/workshops/mine")
    public List<WorkshopView> mine(Caller caller) {
        return workshops.mine(caller).stream().map(this::involved).toList();
    }

    @GetMapping("/workshops/{id}")
    public ResponseEntity<WorkshopView> read(@PathVariable String id, @AuthenticationPrincipal @Nullable Jwt jwt) {
        WorkshopService.Seen seen = workshops.read(id, jwt == null ? null : Caller.from(jwt));
        return ResponseEntity.ok()
                .eTag(etag(seen.workshop()))
                .body(
                        seen.working()
                                ? involved(seen.workshop())
                                : WorkshopView.forPublic(seen.workshop(), ruleMet(seen.workshop())));
    }

    @PutMapping("/workshops/{id}")
    public ResponseEntity<WorkshopView> edit(
            @PathVariable String id,
            Caller caller,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody WorkshopRequest request) {
        Workshop edited = workshops.edit(id, caller, ETags.version(ifMatch), request.details());
        if (!request.invited().isEmpty()) {
            edited = workshops.invite(id, caller, edited.version(), request.invited());
        }
        return ok(edited);
    }

    @PostMapping("/workshops/{id}/invitations")
    public ResponseEntity<WorkshopView> invite(
            @PathVariable String id,
            Caller caller,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody InviteRequest request) {
        return ok(workshops.invite(id, caller, ETags.version(ifMatch), request.convenorIds()));
    }

    @DeleteMapping("/workshops/{id}/invitations/{convenorId}")
    public ResponseEntity<WorkshopView> revoke(
            @PathVariable String id, @PathVariable String convenorId, Caller caller) {
        return ok(workshops.revoke(id, caller, convenorId));
    }

    @PostMapping("/workshops/{id}/invitations/{convenorId}/accept")
    public ResponseEntity<WorkshopView> accept(
            @PathVariable String id, @PathVariable String convenorId, Caller caller) {
        return ok(workshops.answer(id, convenorId, caller, true));
    }

    @PostMapping("/workshops/{id}/invitations/{convenorId}/decline")
    public ResponseEntity<WorkshopView> decline(
            @PathVariable String id, @PathVariable String convenorId, Caller caller) {
        return ok(workshops.answer(id, convenorId, caller, false));
    }

    @PostMapping("/workshops/{id}/submit")
    public ResponseEntity<WorkshopView> submit(
            @PathVariable String id,
            Caller caller,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return ok(workshops.submit(id, caller, ETags.version(ifMatch)));
    }

    @PostMapping("/workshops/{id}/withdraw")
    public ResponseEntity<WorkshopView> withdraw(
            @PathVariable String id,
            Caller caller,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return ok(workshops.withdraw(id, caller, ETags.version(ifMatch)));
    }

    @PostMapping("/workshops/{id}/merge")
    @PreAuthorize("hasAnyRole('admin', 'programme')")
    public ResponseEntity<WorkshopView> merge(
            @PathVariable String id, Caller caller, @Valid @RequestBody MergeRequest request) {
        return ok(workshops.merge(id, request.from(), caller));
    }

    private boolean ruleMet(Workshop workshop) {
        return workshop.ruleMet(venues.read(workshop.venueId()).rule());
    }

    private WorkshopView involved(Workshop workshop) {
        return WorkshopView.forInvolved(workshop, ruleMet(workshop));
    }

    private ResponseEntity<WorkshopView> ok(Workshop workshop) {
        return ResponseEntity.ok().eTag(etag(workshop)).body(involved(workshop));
    }

    private static String etag(Workshop workshop) {
        return ETags.of(workshop.version() == null ? 0 : workshop.version());
    }
}
