package org.wsis.convening.programme.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.convening.calendar.ICalendars;
import org.wsis.convening.calendar.web.IcsResponses;
import org.wsis.convening.programme.ProgrammeEntries;
import org.wsis.convening.programme.ProgrammeService;
import org.wsis.convening.venue.domain.SlotRef;
import org.wsis.servicekit.problem.Refusal;

/**
 * A venue's programme over HTTP: the draft, its solving, hand placements and publication for the programme's
 * admins (role {@code admin} or {@code programme}); the published programme, and its iCalendar feeds (the
 * whole programme, one room's), for everybody.
 */
@RestController
@RequestMapping("/api/convening/venues/{venueId}")
@Validated
public class ProgrammeController {

    private final ProgrammeService programmes;
    private final ICalendars icalendars;
    private final Clock clock;

    public ProgrammeController(ProgrammeService programmes, ICalendars icalendars, Clock clock) {
        this.programmes = programmes;
        this.icalendars = icalendars;
        this.clock = clock;
    }

    /** How long to solve, in seconds (the service's default when absent). */
    public record SolveRequest(@Nullable @Min(1) @Max(3600) Integer seconds) {}

    /**
     * Where an admin places a workshop: a room and a first slot (a day and its slot, from 1), pinned there or
     * not; without a room, the workshop leaves the draft.
     */
    public record PlaceRequest(
            @Nullable @Size(max = 40) String roomId,
            @Nullable LocalDate day,
            @Nullable @Min(1) @Max(16) Integer slot,
            @Nullable Boolean pinned) {}

    /** Filters of the published programme: one day, one room, one theme (as written by the workshops). */
    public record PublishedFilters(
            @Nullable LocalDate day,
            @Nullable @Size(max = 40) String room,
            @Nullable @Size(max = 200) String theme) {}

    @GetMapping("/programme")
    @PreAuthorize("hasAnyRole('admin', 'programme')")
    public ProgrammeViews.DraftView draft(@PathVariable String venueId) {
        return ProgrammeViews.draft(programmes.draft(venueId), clock.instant());
    }

    /** Starts solving in the background; answers at once (202) with the draft as it stands. */
    @PostMapping("/programme/solve")
    @PreAuthorize("hasAnyRole('admin', 'programme')")
    public ResponseEntity<ProgrammeViews.DraftView> solve(
            @PathVariable String venueId, @Valid @RequestBody(required = false) @Nullable SolveRequest request) {
        programmes.solve(
                venueId, request == null || request.seconds() == null ? null : Duration.ofSeconds(request.seconds()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(draft(venueId));
    }

    @PostMapping("/programme/stop")
    @PreAuthorize("hasAnyRole('admin', 'programme')")
    public ProgrammeViews.DraftView stop(@PathVariable String venueId) {
        programmes.stop(venueId);
        return draft(venueId);
    }

    @PutMapping("/programme/workshops/{workshopId}")
    @PreAuthorize("hasAnyRole('admin', 'programme')")
    public ProgrammeViews.DraftView place(
            @PathVariable String venueId, @PathVariable String workshopId, @Valid @RequestBody PlaceRequest request) {
        if (request.roomId() != null && (request.day() == null || request.slot() == null)) {
            throw Refusal.invalid("day-and-slot", "A workshop placed in a room needs a day and a slot.");
        }
        SlotRef start =
                request.day() == null || request.slot() == null ? null : new SlotRef(request.day(), request.slot());
        return ProgrammeViews.draft(
                programmes.place(venueId, workshopId, request.roomId(), start, Boolean.TRUE.equals(request.pinned())),
                clock.instant());
    }

    /** Publishes the draft and announces to each workshop's convenors what changed for them. */
    @PostMapping("/programme/publish")
    @PreAuthorize("hasAnyRole('admin', 'programme')")
    public ProgrammeViews.DraftView publish(@PathVariable String venueId) {
        programmes.publish(venueId);
        return draft(venueId);
    }

    @GetMapping("/programme/published")
    public ProgrammeViews.PublishedView published(
            @PathVariable String venueId, @ParameterObject @Valid PublishedFilters filters) {
        ProgrammeService.Published published = programmes.published(venueId);
        List<ProgrammeEntries.Entry> entries = ProgrammeEntries.of(published);
        var venue = published.venue();
        return new ProgrammeViews.PublishedView(
                venue.id(),
                venue.name(),
                venue.timeZone().getId(),
                venue.days(),
                venue.rooms().stream()
                        .map(r -> new ProgrammeViews.RoomView(
                                r.id(), r.name(), r.capacity(), r.streaming(), r.stepFree()))
                        .toList(),
                entries.stream()
                        .map(e -> e.details().theme())
                        .distinct()
                        .sorted()
                        .toList(),
                entries.stream()
                        .filter(e -> filters.day() == null
                                || e.announcement().start().day().equals(filters.day()))
                        .filter(e -> filters.room() == null || e.room().id().equals(filters.room()))
                        .filter(e -> filters.theme() == null
                                || e.details()
                                        .theme()
                                        .equalsIgnoreCase(filters.theme().strip()))
                        .map(ProgrammeViews::entry)
                        .toList(),
                published.programme().state().publishedAt());
    }

    /** The whole published programme as an iCalendar feed. */
    @GetMapping("/programme.ics")
    public ResponseEntity<byte[]> feed(@PathVariable String venueId) {
        ProgrammeService.Published published = programmes.published(venueId);
        return IcsResponses.ics(
                "programme.ics",
                icalendars.calendar(
                        published.venue().name(),
                        ProgrammeEntries.of(published).stream()
                                .map(e -> e.calendarEntry(published.venue()))
                                .toList()),
                false);
    }

    /** One room's published programme as an iCalendar feed. */
    @GetMapping("/rooms/{roomId}/programme.ics")
    public ResponseEntity<byte[]> roomFeed(@PathVariable String venueId, @PathVariable String roomId) {
        ProgrammeService.Published published = programmes.published(venueId);
        var room = published.venue().room(roomId).orElseThrow(() -> Refusal.notFound("Room " + roomId));
        return IcsResponses.ics(
                roomId.toLowerCase(Locale.ROOT) + ".ics",
                icalendars.calendar(
                        room.name() + ", " + published.venue().name(),
                        ProgrammeEntries.of(published).stream()
                                .filter(e -> e.room().id().equals(roomId))
                                .map(e -> e.calendarEntry(published.venue()))
                                .toList()),
                false);
    }
}
