package org.wsis.convening.workshop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.convening.convenor.ConvenorService;
import org.wsis.convening.convenor.domain.Convenor;
import org.wsis.convening.directory.Directory;
import org.wsis.convening.directory.IssueCard;
import org.wsis.convening.directory.Theme;
import org.wsis.convening.publication.Callers;
import org.wsis.convening.publication.domain.PublicationStatus;
import org.wsis.convening.venue.VenueService;
import org.wsis.convening.venue.domain.Venue;
import org.wsis.convening.workshop.domain.ConvenorRef;
import org.wsis.convening.workshop.domain.Workshop;
import org.wsis.convening.workshop.domain.WorkshopDetails;
import org.wsis.convening.workshop.mongo.WorkshopStore;
import org.wsis.servicekit.problem.Refusal;
import org.wsis.servicekit.security.Caller;

/**
 * Thematic workshops: a public convenor's managers propose one for a venue and invite public convenors;
 * the invited convenors' managers accept or decline; once the venue's multi-stakeholder rule is met the
 * proposer submits it, and the programme's admins decide on it through the moderation queue, and may merge
 * two proposals on one theme.
 */
@Service
public class WorkshopService {

    private final WorkshopStore store;
    private final ConvenorService convenors;
    private final VenueService venues;
    private final Directory directory;
    private final Clock clock;

    public WorkshopService(
            WorkshopStore store, ConvenorService convenors, VenueService venues, Directory directory, Clock clock) {
        this.store = store;
        this.convenors = convenors;
        this.venues = venues;
        this.directory = directory;
        this.clock = clock;
    }

    /** A public convenor the caller manages proposes a workshop, inviting public convenors. */
    public Workshop propose(
            Caller caller, String venueId, String convenorId, WorkshopDetails details, List<String> invited) {
        Venue venue = venues.read(venueId);
        Convenor proposer = convenors.managedBy(convenorId, caller);
        if (!proposer.isPublic()) {
            throw Refusal.conflict(
                    "convenor-not-public", "A convenor proposes workshops once its profile is published.");
        }
        fitsVenue(details, venue);
        Workshop workshop = Workshop.propose(
                UUID.randomUUID().toString(),
                venue.id(),
                venue.name(),
                ref(proposer),
                Callers.recipient(caller),
                details,
                publicConvenors(invited),
                clock.instant());
        store.save(workshop);
        return reload(workshop.id());
    }

    /** A workshop and whether the caller sees its working revision and invitations. */
    public record Seen(Workshop workshop, boolean working) {}

    /**
     * The proposer's and the invited convenors' managers, moderators and the programme's admins see every
     * revision; everybody else an accepted workshop only.
     */
    public Seen read(String id, @Nullable Caller caller) {
        Workshop workshop = store.find(id).orElseThrow(() -> notFound(id));
        boolean working = caller != null
                && (Callers.isStaff(caller)
                        || VenueService.runsProgrammes(caller)
                        || managesAny(caller, workshop.involvedConvenorIds()));
        if (!working && !workshop.isAccepted()) {
            throw notFound(id);
        }
        return new Seen(workshop, working);
    }

    /** The workshops proposed by or inviting a convenor the caller manages, newest first. */
    public List<Workshop> mine(Caller caller) {
        return store.involving(
                convenors.managedBy(caller).stream().map(Convenor::id).toList());
    }

    /** The accepted workshops of a venue: its programme's workshops. */
    public List<Workshop> accepted(String venueId) {
        return store.atVenue(venueId).stream().filter(Workshop::isAccepted).toList();
    }

    /** A workshop in whatever status, for those who already know it (a programme announcing its cancellation). */
    public Workshop anyStatus(String id) {
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    /** Every workshop proposed for a venue, in every status (for the programme's admins). */
    public List<Workshop> atVenue(String venueId) {
        venues.read(venueId);
        return store.atVenue(venueId);
    }

    public Workshop edit(String id, Caller caller, @Nullable Long expectedVersion, WorkshopDetails details) {
        Workshop workshop = proposed(id, caller, expectedVersion);
        fitsVenue(details, venues.read(workshop.venueId()));
        workshop.edit(details, clock.instant());
        return save(workshop);
    }

    public Workshop invite(String id, Caller caller, @Nullable Long expectedVersion, List<String> convenorIds) {
        Workshop workshop = proposed(id, caller, expectedVersion);
        workshop.invite(publicConvenors(convenorIds), clock.instant());
        return save(workshop);
    }

    public Workshop revoke(String id, Caller caller, String convenorId) {
        Workshop workshop = proposed(id, caller, null);
        workshop.revoke(convenorId, clock.instant());
        return save(workshop);
    }

    /** A manager of an invited convenor answers for it. */
    public Workshop answer(String id, String convenorId, Caller caller, boolean accepts) {
        Workshop workshop = store.find(id).orElseThrow(() -> notFound(id));
        Convenor invited = convenors.read(convenorId, caller);
        boolean isInvited =
                workshop.invitations().stream().anyMatch(i -> i.convenorId().equals(convenorId));
        if (!invited.isManagedBy(caller.userId()) || !isInvited) {
            throw workshop.isAccepted() || managesAny(caller, workshop.involvedConvenorIds())
                    ? Refusal.notPermitted("Only the managers of an invited convenor answer its invitation.")
                    : notFound(id);
        }
        if (managesAny(caller, List.of(workshop.state().convenorId()))) {
            // Otherwise one person managing convenors of several kinds would meet the rule alone.
            throw Refusal.notPermitted("The proposing convenor's managers do not answer its own invitations.");
        }
        Venue venue = venues.read(workshop.venueId());
        Convenor proposer = convenors.read(workshop.state().convenorId(), null);
        workshop.answer(convenorId, accepts, venue.rule(), proposer.managers(), clock.instant());
        return save(workshop);
    }

    public Workshop submit(String id, Caller caller, @Nullable Long expectedVersion) {
        Workshop workshop = proposed(id, caller, expectedVersion);
        Venue venue = venues.read(workshop.venueId());
        // Every manager of a convenor holding it is its author: none of them decides it in the queue.
        List<String> managerIds = convenors.managersOf(workshop.convenorIds()).stream()
                .map(Recipient::userId)
                .toList();
        workshop.submit(venue.rule(), Callers.recipient(caller), managerIds, clock.instant());
        return save(workshop);
    }

    public Workshop withdraw(String id, Caller caller, @Nullable Long expectedVersion) {
        Workshop workshop = proposed(id, caller, expectedVersion);
        workshop.withdraw(Callers.recipient(caller), clock.instant());
        return save(workshop);
    }

    /** An admin of the programme merges {@code fromId} into {@code id}; returns the merged workshop. */
    public Workshop merge(String id, String fromId, Caller caller) {
        Workshop into = store.find(id).orElseThrow(() -> notFound(id));
        Workshop from = store.find(fromId).orElseThrow(() -> notFound(fromId));
        into.absorb(from, Callers.recipient(caller), clock.instant());
        // The merged one first: should the second write fail, the absorbed one is still live, nobody is lost,
        // and merging again completes it (its convenors are already in).
        store.save(into);
        store.save(from);
        return reload(id);
    }

    /** Applies an admin's decision on a workshop; one for another revision, or already applied, changes nothing. */
    public void on(ModerationDecided decision) {
        if (decision.subjectType() != ModerationDecided.SubjectType.WORKSHOP) {
            return;
        }
        store.find(decision.subjectId()).ifPresent(workshop -> {
            if (workshop.apply(decision, clock.instant())) {
                store.save(workshop);
            }
        });
    }

    /**
     * The venue's year's themes no workshop addresses yet: none proposed (and not withdrawn) under its name
     * or about one of its issues.
     */
    public List<Theme> uncoveredThemes(String venueId) {
        Venue venue = venues.read(venueId);
        List<Workshop> live = store.atVenue(venueId).stream()
                .filter(w -> w.publication().status() != PublicationStatus.WITHDRAWN
                        && w.publication().status() != PublicationStatus.REJECTED)
                .toList();
        Set<String> names = live.stream().map(w -> normal(w.details().theme())).collect(Collectors.toSet());
        Set<String> issues =
                live.stream().flatMap(w -> w.details().issueIds().stream()).collect(Collectors.toSet());
        return directory.themes(venue.year()).stream()
                .filter(theme -> !names.contains(normal(theme.name())))
                .filter(theme -> theme.issues().stream().map(IssueCard::id).noneMatch(issues::contains))
                .toList();
    }

    private static String normal(String theme) {
        return theme.strip().toLowerCase(Locale.ROOT);
    }

    private static void fitsVenue(WorkshopDetails details, Venue venue) {
        List<LocalDate> outside = new ArrayList<>();
        details.days().stream().filter(d -> !venue.days().contains(d)).forEach(outside::add);
        if (!outside.isEmpty()) {
            throw Refusal.invalid("not-a-venue-day", "The venue is not open on " + outside + ".");
        }
        if (!details.days().containsAll(details.preferredDays())) {
            throw Refusal.invalid(
                    "preferred-day-unavailable", "Preferred days are among the days its convenors can attend.");
        }
        if (details.length() > venue.slotsPerDay()) {
            throw Refusal.invalid(
                    "too-long", "A workshop runs within one day: " + venue.slotsPerDay() + " slots at most.");
        }
    }

    private List<ConvenorRef> publicConvenors(List<String> ids) {
        List<ConvenorRef> refs = new ArrayList<>();
        for (String id : ids.stream().distinct().toList()) {
            Convenor convenor;
            try {
                convenor = convenors.read(id, null);
            } catch (Refusal notPublic) {
                throw Refusal.invalid("unknown-convenor", "No public convenor " + id + " to invite.");
            }
            refs.add(ref(convenor));
        }
        return refs;
    }

    private static ConvenorRef ref(Convenor convenor) {
        var details = convenor.publication()
                .publicDetails()
                .orElse(convenor.publication().working());
        return new ConvenorRef(convenor.id(), convenor.name(), details.stakeholderType(), convenor.managers());
    }

    private boolean managesAny(Caller caller, List<String> convenorIds) {
        Set<String> managed =
                convenors.managedBy(caller).stream().map(Convenor::id).collect(Collectors.toSet());
        return convenorIds.stream().anyMatch(managed::contains);
    }

    /** A workshop the caller may change: they manage its proposing convenor. */
    private Workshop proposed(String id, Caller caller, @Nullable Long expectedVersion) {
        Workshop workshop = store.find(id).orElseThrow(() -> notFound(id));
        Convenor proposer = convenors.read(workshop.state().convenorId(), caller);
        if (!proposer.isManagedBy(caller.userId())) {
            throw workshop.isAccepted() || managesAny(caller, workshop.involvedConvenorIds())
                    ? Refusal.notPermitted("Only the managers of the proposing convenor change a workshop.")
                    : notFound(id);
        }
        if (expectedVersion != null && !expectedVersion.equals(workshop.version())) {
            throw Refusal.staleVersion();
        }
        return workshop;
    }

    private Workshop save(Workshop workshop) {
        store.save(workshop);
        return reload(workshop.id());
    }

    private Workshop reload(String id) {
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    private static Refusal notFound(String id) {
        return Refusal.notFound("Workshop " + id);
    }
}
