package org.wsis.convening.programme;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.SolverStatus;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.wsis.contracts.convening.WorkshopScheduled;
import org.wsis.convening.convenor.ConvenorService;
import org.wsis.convening.programme.domain.Placement;
import org.wsis.convening.programme.domain.VenueProgramme;
import org.wsis.convening.programme.mongo.ProgrammeStore;
import org.wsis.convening.programme.solver.Programme;
import org.wsis.convening.programme.solver.ProgrammeReview;
import org.wsis.convening.programme.solver.ProgrammeSolver;
import org.wsis.convening.venue.RoomClosuresChanged;
import org.wsis.convening.venue.VenueService;
import org.wsis.convening.venue.domain.SlotRef;
import org.wsis.convening.venue.domain.Venue;
import org.wsis.convening.venue.domain.VenueRoom;
import org.wsis.convening.workshop.WorkshopService;
import org.wsis.convening.workshop.domain.Workshop;
import org.wsis.servicekit.problem.Refusal;

/**
 * A venue's programme: the solver places its accepted workshops in the background (one solve per venue at
 * a time, in the replica that started it, for a limited time, never in a request's thread); the programme's
 * admins read the draft with every broken rule explained, place and pin workshops by hand, change a room's
 * availability (a running solve takes it into account at once) and publish it; publishing announces to each
 * workshop's convenors only what changed for them.
 */
@Service
public class ProgrammeService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProgrammeService.class);

    private final ProgrammeStore store;
    private final VenueService venues;
    private final WorkshopService workshops;
    private final ConvenorService convenors;
    private final SolvingSettings settings;
    private final Clock clock;
    private final SolverManager<Programme> solving;
    private final Map<String, Instant> lastProgress = new ConcurrentHashMap<>();
    private final Map<String, Instant> started = new ConcurrentHashMap<>();
    /** The token of the solve under way in this replica, per venue (the solver manager's problem id). */
    private final Map<String, String> running = new ConcurrentHashMap<>();

    private final MeterRegistry meters;

    public ProgrammeService(
            ProgrammeStore store,
            VenueService venues,
            WorkshopService workshops,
            ConvenorService convenors,
            SolvingSettings settings,
            Clock clock,
            MeterRegistry meters) {
        this.store = store;
        this.venues = venues;
        this.workshops = workshops;
        this.convenors = convenors;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
        this.solving = new ProgrammeSolver(settings.limit(), settings.unimproved()).manager();
    }

    /** The draft as the admins read it: the venue, its accepted workshops, the programme and its review. */
    public record Draft(
            Venue venue, List<Workshop> workshops, VenueProgramme programme, ProgrammeReview.Explanation review) {}

    public Draft draft(String venueId) {
        Venue venue = venues.read(venueId);
        List<Workshop> accepted = workshops.accepted(venueId);
        VenueProgramme programme = load(venueId);
        Programme problem = ProgrammeProblems.problem(venue, accepted, programme);
        return new Draft(venue, accepted, programme, ProgrammeReview.explain(problem));
    }

    /** The published programme: the venue, the accepted workshops announced, and the programme. */
    public record Published(Venue venue, List<Workshop> workshops, VenueProgramme programme) {}

    public Published published(String venueId) {
        Venue venue = venues.read(venueId);
        VenueProgramme programme = load(venueId);
        Set<String> announced =
                programme.announced().stream().map(a -> a.workshopId()).collect(Collectors.toSet());
        List<Workshop> shown = workshops.accepted(venueId).stream()
                .filter(w -> announced.contains(w.id()))
                .toList();
        return new Published(venue, shown, programme);
    }

    /**
     * Starts solving in the background for {@code limit} (the default when null); answers at once. Refused
     * while a solve holds the programme, here or in another replica.
     */
    public VenueProgramme solve(String venueId, @Nullable Duration limit) {
        Duration spent = limit == null ? settings.limit() : limit;
        if (spent.compareTo(settings.longest()) > 0 || spent.isNegative() || spent.isZero()) {
            throw Refusal.invalid(
                    "limit",
                    "A solve runs between 1 s and " + settings.longest().toSeconds() + " s.");
        }
        Venue venue = venues.read(venueId);
        List<Workshop> accepted = workshops.accepted(venueId);
        VenueProgramme programme = load(venueId);
        String token = programme.startSolving(clock.instant(), spent);
        saveOrConflict(programme);
        Programme problem = ProgrammeProblems.problem(venue, accepted, programme);
        lastProgress.put(token, Instant.EPOCH);
        started.put(token, clock.instant());
        running.put(venueId, token);
        solving.solveBuilder()
                .withProblemId(token)
                .withProblem(problem)
                .withConfigOverride(new SolverConfigOverride()
                        .withTerminationConfig(new TerminationConfig()
                                .withSpentLimit(spent)
                                .withUnimprovedSpentLimit(settings.unimproved())))
                .withBestSolutionEventConsumer(event -> progress(venue, token, event.solution()))
                .withFinalBestSolutionEventConsumer(event -> finish(venue, token, event.solution()))
                .withExceptionHandler((id, failure) -> {
                    log.error("Solving the programme of venue {} failed", venueId, failure);
                    finish(venue, token, null);
                })
                .run();
        return load(venueId);
    }

    /** Stops the solve under way in this replica; its best programme so far becomes the draft. */
    public VenueProgramme stop(String venueId) {
        String token = running.get(venueId);
        if (token == null || solving.getSolverStatus(token) == SolverStatus.NOT_SOLVING) {
            VenueProgramme programme = load(venueId);
            if (programme.solvingAt(clock.instant())) {
                throw Refusal.conflict(
                        "solving-elsewhere",
                        "Another replica is solving this programme; it stops by "
                                + programme.state().solving().until() + ".");
            }
            return programme;
        }
        solving.terminateEarly(token);
        return load(venueId);
    }

    /** A room's availability changed: a solve under way here takes it into account at once. */
    @EventListener
    public void on(RoomClosuresChanged change) {
        String token = running.get(change.venue().id());
        if (token == null || solving.getSolverStatus(token) == SolverStatus.NOT_SOLVING) {
            return;
        }
        VenueRoom room = change.venue().room(change.roomId()).orElseThrow();
        Set<Integer> closed = room.closed().stream().map(change.venue()::index).collect(Collectors.toSet());
        solving.addProblemChange(token, ProgrammeSolver.roomClosure(room.id(), closed));
    }

    /**
     * An admin places a workshop by hand in {@code roomId} from {@code start} (pinned there or not), or,
     * with no room, takes it out of the draft. Refused while solving.
     */
    public Draft place(
            String venueId, String workshopId, @Nullable String roomId, @Nullable SlotRef start, boolean pinned) {
        Venue venue = venues.read(venueId);
        if (workshops.accepted(venueId).stream().noneMatch(w -> w.id().equals(workshopId))) {
            throw Refusal.notFound("Accepted workshop " + workshopId + " at this venue");
        }
        Placement placement = null;
        if (roomId != null) {
            if (venue.room(roomId).isEmpty()) {
                throw Refusal.invalid("unknown-room", "The venue has no room " + roomId + ".");
            }
            if (start == null || venue.index(start) < 0) {
                throw Refusal.invalid("unknown-slot", "The venue has no such day or slot.");
            }
            placement = new Placement(workshopId, roomId, start, pinned);
        }
        VenueProgramme programme = load(venueId);
        programme.place(workshopId, placement, clock.instant());
        saveOrConflict(programme);
        return draft(venueId);
    }

    /**
     * Publishes the draft: workshops no longer accepted leave it first; each workshop placed for the first
     * time, moved, or taken out is announced to the managers of every convenor holding it.
     */
    public VenueProgramme publish(String venueId) {
        Venue venue = venues.read(venueId);
        Map<String, Workshop> accepted =
                workshops.accepted(venueId).stream().collect(Collectors.toMap(Workshop::id, Function.identity()));
        VenueProgramme programme = load(venueId);
        Instant now = clock.instant();
        for (Placement p : List.copyOf(programme.placements())) {
            if (!accepted.containsKey(p.workshopId())) {
                programme.place(p.workshopId(), null, now);
            }
        }
        // What the venue no longer allows (a room closed, a day gone) leaves the draft; what is left must hold
        // every hard rule: nobody is told a room and a time that cannot be.
        Programme problem = ProgrammeProblems.problem(venue, List.copyOf(accepted.values()), programme);
        Set<String> valid = ProgrammeProblems.placements(problem, venue).stream()
                .map(Placement::workshopId)
                .collect(Collectors.toSet());
        for (Placement p : List.copyOf(programme.placements())) {
            if (!valid.contains(p.workshopId())) {
                programme.place(p.workshopId(), null, now);
            }
        }
        ProgrammeReview.Explanation review = ProgrammeReview.explain(problem);
        if (!review.score().isFeasible()) {
            throw Refusal.conflict(
                    "programme-not-feasible",
                    "The draft breaks hard rules (" + review.score() + "): solve it again or move workshops first.");
        }
        List<WorkshopScheduled> announcements = new ArrayList<>();
        for (VenueProgramme.Change change : programme.changes()) {
            Workshop workshop = accepted.get(change.workshopId());
            if (workshop == null) {
                workshop = workshops.anyStatus(change.workshopId());
            }
            Placement placement = programme.placement(change.workshopId()).orElse(null);
            announcements.add(announcement(venue, workshop, change.kind(), placement, now));
        }
        programme.publish(announcements, now);
        saveOrConflict(programme);
        return load(venueId);
    }

    private WorkshopScheduled announcement(
            Venue venue,
            Workshop workshop,
            VenueProgramme.Change.Kind kind,
            @Nullable Placement placement,
            Instant now) {
        boolean placed = placement != null;
        int start = placed ? venue.index(placement.start()) : -1;
        return new WorkshopScheduled(
                UUID.randomUUID(),
                now,
                workshop.id(),
                workshop.details().title(),
                venue.id(),
                venue.name(),
                WorkshopScheduled.Change.valueOf(kind.name()),
                placed ? venue.room(placement.roomId()).map(VenueRoom::name).orElse(placement.roomId()) : null,
                placed ? venue.startOf(start).toInstant() : null,
                placed ? venue.endOfRun(start, workshop.details().length()).toInstant() : null,
                venue.timeZone().getId(),
                convenors.managersOf(workshop.convenorIds()));
    }

    private void progress(Venue venue, String token, Programme best) {
        Instant now = clock.instant();
        Instant last = lastProgress.getOrDefault(token, Instant.EPOCH);
        if (now.isBefore(last.plus(settings.progressEvery()))) {
            return;
        }
        lastProgress.put(token, now);
        retried(
                venue.id(),
                programme -> programme.progress(
                        token, ProgrammeProblems.placements(best, venue), String.valueOf(best.getScore()), now));
    }

    private void finish(Venue venue, String token, @Nullable Programme best) {
        lastProgress.remove(token);
        running.remove(venue.id(), token);
        Instant begun = started.remove(token);
        if (begun != null) {
            String outcome = best == null
                    ? "failed"
                    : best.getScore() != null && best.getScore().isFeasible() ? "feasible" : "infeasible";
            Timer.builder("wsis.convening.programme.solves")
                    .description("Programmes solved, by whether the best programme found meets every hard rule")
                    .tag("outcome", outcome)
                    .register(meters)
                    .record(Duration.between(begun, clock.instant()));
        }
        retried(
                venue.id(),
                programme -> programme.finish(
                        token,
                        best == null ? null : ProgrammeProblems.placements(best, venue),
                        best == null ? null : String.valueOf(best.getScore()),
                        clock.instant()));
    }

    /** A write from the solver's threads, tried again when an admin's write came first. */
    private void retried(String venueId, Function<VenueProgramme, Boolean> change) {
        for (int attempt = 0; attempt < 5; attempt++) {
            VenueProgramme programme = load(venueId);
            if (!change.apply(programme)) {
                return;
            }
            try {
                store.save(programme);
                return;
            } catch (OptimisticLockingFailureException | DuplicateKeyException raced) {
                // read it again and apply the change to what the other write left
            }
        }
        log.warn("The programme of venue {} could not be saved after five attempts", venueId);
    }

    private void saveOrConflict(VenueProgramme programme) {
        try {
            store.save(programme);
        } catch (OptimisticLockingFailureException | DuplicateKeyException raced) {
            throw Refusal.staleVersion();
        }
    }

    private VenueProgramme load(String venueId) {
        return store.find(venueId).orElseGet(() -> VenueProgramme.empty(venueId, clock.instant()));
    }

    @Override
    public void destroy() {
        solving.close();
    }
}
