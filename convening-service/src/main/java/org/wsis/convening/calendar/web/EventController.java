package org.wsis.convening.calendar.web;

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
import org.wsis.convening.calendar.EventService;
import org.wsis.convening.calendar.domain.CalendarEvent;
import org.wsis.servicekit.security.Caller;
import org.wsis.servicekit.web.ETags;

/**
 * The events stakeholders list in the global calendar, over HTTP: listed and changed by their owner,
 * moderated, read by everybody once published. Versions travel as {@code ETag} and {@code If-Match}.
 */
@RestController
@RequestMapping("/api/convening/events")
public class EventController {

    private final EventService events;

    public EventController(EventService events) {
        this.events = events;
    }

    @PostMapping
    @PreAuthorize("hasRole('stakeholder')")
    public ResponseEntity<EventView> create(Caller caller, @Valid @RequestBody EventRequest request) {
        CalendarEvent event = events.create(caller, request.details());
        return ResponseEntity.created(URI.create("/api/convening/events/" + event.id()))
                .eTag(etag(event))
                .body(EventView.forOwner(event));
    }

    /** The events the caller listed, in every status. */
    @GetMapping("/mine")
    public List<EventView> mine(Caller caller) {
        return events.mine(caller).stream().map(EventView::forOwner).toList();
    }

    @GetMapping("/{id}")
    public ResponseEntity<EventView> read(@PathVariable String id, @AuthenticationPrincipal @Nullable Jwt jwt) {
        EventService.Seen seen = events.read(id, jwt == null ? null : Caller.from(jwt));
        return ResponseEntity.ok()
                .eTag(etag(seen.event()))
                .body(seen.working() ? EventView.forOwner(seen.event()) : EventView.forPublic(seen.event()));
    }

    @PutMapping("/{id}")
    public ResponseEntity<EventView> edit(
            @PathVariable String id,
            Caller caller,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody EventRequest request) {
        return ok(events.edit(id, caller, ETags.version(ifMatch), request.details()));
    }

    @PostMapping("/{id}/submit")
    public ResponseEntity<EventView> submit(
            @PathVariable String id,
            Caller caller,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return ok(events.submit(id, caller, ETags.version(ifMatch)));
    }

    @PostMapping("/{id}/withdraw")
    public ResponseEntity<EventView> withdraw(
            @PathVariable String id,
            Caller caller,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return ok(events.withdraw(id, caller, ETags.version(ifMatch)));
    }

    private static ResponseEntity<EventView> ok(CalendarEvent event) {
        return ResponseEntity.ok().eTag(etag(event)).body(EventView.forOwner(event));
    }

    private static String etag(CalendarEvent event) {
        return ETags.of(event.version() == null ? 0 : event.version());
    }
}
