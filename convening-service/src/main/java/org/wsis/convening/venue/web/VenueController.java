package org.wsis.convening.venue.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.convening.venue.VenueService;
import org.wsis.convening.venue.domain.Venue;
import org.wsis.servicekit.web.ETags;

/**
 * Venues over HTTP: read by everybody, set up and changed by the programme's admins (role {@code admin} or
 * {@code programme}). Versions travel as {@code ETag} and {@code If-Match}.
 */
@RestController
@RequestMapping("/api/convening/venues")
public class VenueController {

    private final VenueService venues;

    public VenueController(VenueService venues) {
        this.venues = venues;
    }

    /** The slots a room cannot be used, replacing those it had. */
    public record ClosuresRequest(@NotNull @Size(max = 200) List<VenueRequest.@NotNull @Valid Closure> closed) {}

    @GetMapping
    public List<VenueView> all() {
        return venues.all().stream().map(VenueView::of).toList();
    }

    @GetMapping("/{id}")
    public ResponseEntity<VenueView> read(@PathVariable String id) {
        return ok(venues.read(id));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('admin', 'programme')")
    public ResponseEntity<VenueView> create(@Valid @RequestBody VenueRequest request) {
        Venue venue = venues.create(request.venue());
        return ResponseEntity.created(URI.create("/api/convening/venues/" + venue.id()))
                .eTag(etag(venue))
                .body(VenueView.of(venue));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('admin', 'programme')")
    public ResponseEntity<VenueView> replace(
            @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody VenueRequest request) {
        return ok(venues.replace(id, ETags.version(ifMatch), request.venue()));
    }

    @PutMapping("/{id}/rooms/{roomId}/closed")
    @PreAuthorize("hasAnyRole('admin', 'programme')")
    public ResponseEntity<VenueView> closeRoom(
            @PathVariable String id,
            @PathVariable String roomId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody ClosuresRequest request) {
        return ok(venues.closeRoom(id, roomId, ETags.version(ifMatch), VenueRequest.closures(request.closed())));
    }

    private static ResponseEntity<VenueView> ok(Venue venue) {
        return ResponseEntity.ok().eTag(etag(venue)).body(VenueView.of(venue));
    }

    private static String etag(Venue venue) {
        return ETags.of(venue.version() == null ? 0 : venue.version());
    }
}
