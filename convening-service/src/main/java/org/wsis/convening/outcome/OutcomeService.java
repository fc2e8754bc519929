package org.wsis.convening.outcome;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.convening.convenor.ConvenorService;
import org.wsis.convening.convenor.domain.Convenor;
import org.wsis.convening.outcome.domain.OutcomeDetails;
import org.wsis.convening.outcome.domain.WorkshopOutcome;
import org.wsis.convening.outcome.mongo.OutcomeStore;
import org.wsis.convening.programme.ProgrammeService;
import org.wsis.convening.publication.Callers;
import org.wsis.convening.venue.VenueService;
import org.wsis.convening.venue.domain.Venue;
import org.wsis.convening.workshop.WorkshopService;
import org.wsis.convening.workshop.domain.Workshop;
import org.wsis.servicekit.problem.Refusal;
import org.wsis.servicekit.security.Caller;

/**
 * Workshops' outcomes: once a workshop of a published programme has begun, the managers of the convenors
 * holding it write its outcome together (any of them may change it) and submit it; moderators decide on it;
 * everybody reads a published one, and a theme's page gathers those of every workshop on it.
 */
@Service
public class OutcomeService {

    private final OutcomeStore store;
    private final WorkshopService workshops;
    private final ProgrammeService programmes;
    private final VenueService venues;
    private final ConvenorService convenors;
    private final Clock clock;

    public OutcomeService(
            OutcomeStore store,
            WorkshopService workshops,
            ProgrammeService programmes,
            VenueService venues,
            ConvenorService convenors,
            Clock clock) {
        this.store = store;
        this.workshops = workshops;
        this.programmes = programmes;
        this.venues = venues;
        this.convenors = convenors;
        this.clock = clock;
    }

    /** An outcome and whether the caller sees its working revision (the convenors holding it, moderators). */
    public record Seen(WorkshopOutcome outcome, boolean working) {}

    /** Writes (the first time) or changes the outcome, at the version the caller read. */
    public WorkshopOutcome write(
            String workshopId, Caller caller, @Nullable Long expectedVersion, OutcomeDetails details) {
        Workshop workshop = held(workshopId, caller);
        Set<String> holding = Set.copyOf(workshop.convenorIds());
        List<String> strangers =
                details.agreedBy().stream().filter(id -> !holding.contains(id)).toList();
        if (!strangers.isEmpty()) {
            throw Refusal.invalid(
                    "not-a-convenor-of-the-workshop",
                    "Only convenors holding the workshop agree to its outcome: " + strangers + ".");
        }
        var existing = store.find(workshopId);
        WorkshopOutcome outcome;
        if (existing.isPresent()) {
            outcome = existing.get();
            if (expectedVersion != null && !expectedVersion.equals(outcome.version())) {
                throw Refusal.staleVersion();
            }
            outcome.edit(details, Callers.recipient(caller), clock.instant());
        } else {
            Venue venue = venues.read(workshop.venueId());
            outcome = WorkshopOutcome.draft(
                    workshopId,
                    workshop.details().title(),
                    workshop.details().theme(),
                    venue.name(),
                    venue.year(),
                    workshop.state().convenor(),
                    Callers.recipient(caller),
                    details,
                    clock.instant());
        }
        store.save(outcome);
        return reload(workshopId);
    }

    public WorkshopOutcome submit(String workshopId, Caller caller, @Nullable Long expectedVersion) {
        Workshop workshop = held(workshopId, caller);
        WorkshopOutcome outcome = loaded(workshopId, expectedVersion);
        List<String> managerIds = convenors.managersOf(workshop.convenorIds()).stream()
                .map(Recipient::userId)
                .toList();
        outcome.submit(Callers.recipient(caller), managerIds, clock.instant());
        store.save(outcome);
        return reload(workshopId);
    }

    public WorkshopOutcome withdraw(String workshopId, Caller caller, @Nullable Long expectedVersion) {
        held(workshopId, caller);
        WorkshopOutcome outcome = loaded(workshopId, expectedVersion);
        outcome.withdraw(Callers.recipient(caller), clock.instant());
        store.save(outcome);
        return reload(workshopId);
    }

    public Seen read(String workshopId, @Nullable Caller caller) {
        WorkshopOutcome outcome = store.find(workshopId).orElseThrow(() -> notFound(workshopId));
        boolean working = Callers.isStaff(caller) || caller != null && holds(workshops.anyStatus(workshopId), caller);
        if (!working && !outcome.publication().isPublic()) {
            throw notFound(workshopId);
        }
        return new Seen(outcome, working);
    }

    /** The published outcomes of every workshop on a theme, the latest year first. */
    public List<WorkshopOutcome> onTheme(String theme) {
        return store.onTheme(theme).stream()
                .filter(o -> o.publication().isPublic())
                .toList();
    }

    /** Applies a moderator's decision; one for another revision, or already applied, changes nothing. */
    public void on(ModerationDecided decision) {
        if (decision.subjectType() != ModerationDecided.SubjectType.WORKSHOP_OUTCOME) {
            return;
        }
        store.find(decision.subjectId()).ifPresent(outcome -> {
            if (outcome.apply(decision, clock.instant())) {
                store.save(outcome);
            }
        });
    }

    /** An accepted workshop the caller holds (manages one of its convenors) and that has begun. */
    private Workshop held(String workshopId, Caller caller) {
        Workshop workshop;
        try {
            workshop = workshops.anyStatus(workshopId);
        } catch (Refusal unknown) {
            throw notFound(workshopId);
        }
        if (!holds(workshop, caller)) {
            throw workshop.isAccepted()
                    ? Refusal.notPermitted("Only the convenors holding a workshop write its outcome.")
                    : notFound(workshopId);
        }
        if (!workshop.isAccepted()) {
            throw Refusal.conflict("workshop-not-held", "This workshop is not in a programme.");
        }
        Venue venue = venues.read(workshop.venueId());
        boolean begun = programmes
                .published(workshop.venueId())
                .programme()
                .announcement(workshopId)
                .map(a -> venue.index(a.start()))
                .filter(index -> index >= 0)
                .map(index -> !venue.startOf(index).toInstant().isAfter(clock.instant()))
                .orElse(false);
        if (!begun) {
            throw Refusal.conflict(
                    "workshop-not-held", "An outcome is written once the workshop has begun in a published programme.");
        }
        return workshop;
    }

    private boolean holds(Workshop workshop, Caller caller) {
        Set<String> managed =
                convenors.managedBy(caller).stream().map(Convenor::id).collect(Collectors.toSet());
        return workshop.convenorIds().stream().anyMatch(managed::contains);
    }

    private WorkshopOutcome loaded(String workshopId, @Nullable Long expectedVersion) {
        WorkshopOutcome outcome = store.find(workshopId).orElseThrow(() -> notFound(workshopId));
        if (expectedVersion != null && !expectedVersion.equals(outcome.version())) {
            throw Refusal.staleVersion();
        }
        return outcome;
    }

    private WorkshopOutcome reload(String workshopId) {
        return store.find(workshopId).orElseThrow(() -> notFound(workshopId));
    }

    private static Refusal notFound(String workshopId) {
        return Refusal.notFound("Outcome of workshop " + workshopId);
    }
}
