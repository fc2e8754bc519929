package org.wsis.convening.programme.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.wsis.convening.programme.ProgrammeEntries;
import org.wsis.convening.programme.ProgrammeService;
import org.wsis.convening.programme.domain.Placement;
import org.wsis.convening.programme.domain.VenueProgramme;
import org.wsis.convening.programme.solver.Broken;
import org.wsis.convening.programme.solver.ProgrammeReview;
import org.wsis.convening.venue.domain.Venue;
import org.wsis.convening.workshop.domain.Workshop;

/** The programme as answered: the draft to the programme's admins, the published one to everybody. */
public final class ProgrammeViews {

    private ProgrammeViews() {}

    /** A workshop named in a breach or a list. */
    public record WorkshopRef(String id, String title) {}

    /** One breach of a rule: the workshops concerned and what is wrong. */
    public record MatchView(List<WorkshopRef> workshops, String detail) {}

    /** A rule the draft breaks, with its level ({@code HARD}, {@code MEDIUM}, {@code SOFT}) and points lost. */
    public record BreachView(String rule, String level, long points, List<MatchView> matches) {}

    /** A workshop placed in the draft. */
    public record PlacementView(
            String workshopId,
            String title,
            String roomId,
            String room,
            LocalDate day,
            int slot,
            int length,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            boolean pinned,
            boolean announced,
            boolean movedSinceAnnounced) {}

    /** A solve under way. */
    public record SolvingView(
            Instant startedAt, Instant until, @Nullable String bestScore) {}

    /**
     * The draft: the solve under way (if any), the score and whether every hard rule holds, every broken rule
     * explained, the workshops placed and those not placed yet, and how many workshops publishing would
     * announce to their convenors.
     */
    public record DraftView(
            String venueId,
            String venue,
            @Nullable SolvingView solving,
            String score,
            boolean feasible,
            List<BreachView> breaches,
            List<PlacementView> placements,
            List<WorkshopRef> unplaced,
            int changesToPublish,
            int publications,
            @Nullable Instant publishedAt,
            @Nullable Instant solvedAt,
            long version) {}

    /** A workshop of the published programme. */
    public record EntryView(
            String workshopId,
            String calendarKey,
            String title,
            String description,
            String theme,
            List<String> convenors,
            String roomId,
            String room,
            LocalDate day,
            int slot,
            int length,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            boolean hybrid,
            List<String> interpretation,
            boolean stepFree) {}

    /** The published programme (filtered by day, room or theme when asked), with the venue's days and rooms. */
    public record PublishedView(
            String venueId,
            String venue,
            String timeZone,
            List<LocalDate> days,
            List<RoomView> rooms,
            List<String> themes,
            List<EntryView> workshops,
            @Nullable Instant publishedAt) {}

    /** A room as the public programme shows it. */
    public record RoomView(String id, String name, int capacity, boolean streaming, boolean stepFree) {}

    static DraftView draft(ProgrammeService.Draft draft, Instant now) {
        Venue venue = draft.venue();
        VenueProgramme programme = draft.programme();
        Map<String, Workshop> workshops =
                draft.workshops().stream().collect(Collectors.toMap(Workshop::id, Function.identity()));
        Function<String, WorkshopRef> ref = id -> new WorkshopRef(
                id, workshops.containsKey(id) ? workshops.get(id).details().title() : id);
        List<PlacementView> placements = programme.placements().stream()
                .filter(p -> workshops.containsKey(p.workshopId()) && venue.index(p.start()) >= 0)
                .map(p -> placement(venue, workshops.get(p.workshopId()), p, programme))
                .sorted(Comparator.comparing(PlacementView::startsAt).thenComparing(PlacementView::roomId))
                .toList();
        Set<String> placed = placements.stream().map(PlacementView::workshopId).collect(Collectors.toSet());
        ProgrammeReview.Explanation review = draft.review();
        return new DraftView(
                venue.id(),
                venue.name(),
                programme.solvingAt(now) && programme.state().solving() != null
                        ? new SolvingView(
                                programme.state().solving().startedAt(),
                                programme.state().solving().until(),
                                programme.state().solving().bestScore())
                        : null,
                review.score().toString(),
                review.feasible(),
                review.breaches().stream()
                        .map(b -> new BreachView(
                                b.rule(),
                                b.level().name(),
                                b.points(),
                                b.matches().stream()
                                        .map((Broken m) -> new MatchView(
                                                m.workshops().stream().map(ref).toList(), m.detail()))
                                        .toList()))
                        .toList(),
                placements,
                draft.workshops().stream()
                        .filter(w -> !placed.contains(w.id()))
                        .map(w -> ref.apply(w.id()))
                        .toList(),
                programme.changes().size(),
                programme.state().publications(),
                programme.state().publishedAt(),
                programme.state().solvedAt(),
                programme.version() == null ? 0 : programme.version());
    }

    private static PlacementView placement(Venue venue, Workshop w, Placement p, VenueProgramme programme) {
        int start = venue.index(p.start());
        var announced = programme.announcement(w.id());
        return new PlacementView(
                w.id(),
                w.details().title(),
                p.roomId(),
                venue.room(p.roomId()).map(r -> r.name()).orElse(p.roomId()),
                p.start().day(),
                p.start().slot(),
                w.details().length(),
                venue.startOf(start).toOffsetDateTime(),
                venue.endOfRun(start, w.details().length()).toOffsetDateTime(),
                p.pinned(),
                announced.isPresent(),
                announced.map(a -> !p.samePlaceAs(a)).orElse(false));
    }

    static EntryView entry(ProgrammeEntries.Entry e) {
        return new EntryView(
                e.workshop().id(),
                "workshop-" + e.workshop().id(),
                e.details().title(),
                e.details().description(),
                e.details().theme(),
                e.convenors(),
                e.room().id(),
                e.room().name(),
                e.announcement().start().day(),
                e.announcement().start().slot(),
                e.details().length(),
                e.start().toOffsetDateTime(),
                e.end().toOffsetDateTime(),
                e.details().hybrid(),
                e.details().interpretation(),
                e.details().stepFree());
    }
}
