package org.wsis.prize.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.contracts.Recipient;
import org.wsis.prize.audit.AuditController;
import org.wsis.prize.edition.Editions;
import org.wsis.prize.edition.domain.Edition;
import org.wsis.prize.edition.domain.EditionRules;
import org.wsis.prize.edition.domain.Phase;
import org.wsis.prize.nomination.Nominations;
import org.wsis.prize.nomination.domain.Nomination;
import org.wsis.prize.nomination.domain.NominationStatus;
import org.wsis.prize.results.Results;
import org.wsis.prize.vote.VoteRateLimits;
import org.wsis.prize.vote.Votes;
import org.wsis.prize.vote.domain.Voter;
import org.wsis.servicekit.problem.ApiException;
import org.wsis.servicekit.security.Caller;
import org.wsis.servicekit.web.ETags;

/** The WSIS Prizes over HTTP: editions, nominations, shortlisting, votes and results. */
@RestController
@RequestMapping("/api/prizes/editions")
@Validated
public class PrizeController {

    private final Editions editions;
    private final Nominations nominations;
    private final Votes votes;
    private final Results results;
    private final VoteRateLimits limits;

    public PrizeController(
            Editions editions, Nominations nominations, Votes votes, Results results, VoteRateLimits limits) {
        this.editions = editions;
        this.nominations = nominations;
        this.votes = votes;
        this.results = results;
        this.limits = limits;
    }

    // --- editions ---

    public record RulesRequest(
            @Nullable Boolean completeBallotRequired,
            @Nullable Boolean oneNominationPerEntityPerCategory,
            @Nullable Boolean previousWinnersIneligible,
            @Nullable @Min(1) @Max(20) Integer championsPerCategory) {

        EditionRules rules() {
            EditionRules d = EditionRules.DEFAULT;
            return new EditionRules(
                    completeBallotRequired == null ? d.completeBallotRequired() : completeBallotRequired,
                    oneNominationPerEntityPerCategory == null
                            ? d.oneNominationPerEntityPerCategory()
                            : oneNominationPerEntityPerCategory,
                    previousWinnersIneligible == null ? d.previousWinnersIneligible() : previousWinnersIneligible,
                    championsPerCategory == null ? d.championsPerCategory() : championsPerCategory);
        }
    }

    public record EditionRequest(
            @NotNull @Min(2000) @Max(2100) Integer year,
            @Nullable @Valid RulesRequest rules,
            @Nullable Map<Phase, LocalDate> schedule) {}

    public record EditionView(
            int year, String phase, EditionRules rules, Map<Phase, LocalDate> schedule, long version) {
        static EditionView of(Edition e) {
            return new EditionView(
                    e.year(), e.phase().name(), e.rules(), e.schedule(), e.version() == null ? 0 : e.version());
        }
    }

    public record PhaseRequest(@NotNull Phase phase) {}

    @PostMapping
    @PreAuthorize("hasRole('admin')")
    public ResponseEntity<EditionView> plan(Caller caller, @Valid @RequestBody EditionRequest request) {
        Edition edition = editions.plan(
                request.year(),
                request.rules() == null ? EditionRules.DEFAULT : request.rules().rules(),
                request.schedule() == null ? new EnumMap<>(Phase.class) : new EnumMap<>(request.schedule()),
                AuditController.adminOf(caller));
        return ResponseEntity.created(URI.create("/api/prizes/editions/" + edition.year()))
                .body(EditionView.of(edition));
    }

    @GetMapping
    public List<EditionView> editions() {
        return editions.all().stream().map(EditionView::of).toList();
    }

    @GetMapping("/{year}")
    public EditionView edition(@PathVariable int year) {
        return EditionView.of(editions.get(year));
    }

    /** Moves the edition to its next phase; {@code If-Match} carries the version the admin saw. */
    @PostMapping("/{year}/phase")
    @PreAuthorize("hasRole('admin')")
    public EditionView advance(
            @PathVariable int year,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            Caller caller,
            @Valid @RequestBody PhaseRequest request) {
        Long named = ETags.version(ifMatch);
        long version = named == null ? currentVersion(year) : named;
        if (request.phase() == Phase.RESULTS_PUBLISHED) {
            results.publish(year, version, AuditController.adminOf(caller));
            return EditionView.of(editions.get(year));
        }
        return EditionView.of(editions.advance(year, request.phase(), version, AuditController.adminOf(caller)));
    }

    private long currentVersion(int year) {
        Long version = editions.get(year).version();
        return version == null ? 0 : version;
    }

    // --- nominations ---

    public record NominationRequest(
            @NotBlank String entryId,
            @NotNull @Min(1) @Max(18) Integer category) {}

    public record NominationView(
            String id,
            int edition,
            int category,
            String entryId,
            String entryTitle,
            String organisation,
            String status,
            @Nullable String reasonCode,
            @Nullable String message,
            @Nullable String award,
            Instant createdAt) {
        static NominationView of(Nomination n) {
            Nomination.State s = n.state();
            return new NominationView(
                    s.id(),
                    s.edition(),
                    s.category().number(),
                    s.entryId(),
                    s.entryTitle(),
                    s.organisation(),
                    s.status().name(),
                    s.reasonCode(),
                    s.message(),
                    s.award() == null ? null : s.award().name(),
                    s.createdAt());
        }
    }

    @PostMapping("/{year}/nominations")
    @PreAuthorize("hasRole('stakeholder')")
    public ResponseEntity<NominationView> nominate(
            @PathVariable int year, Caller caller, @Valid @RequestBody NominationRequest request) {
        Nomination nomination = nominations.nominate(year, request.entryId(), request.category(), caller);
        return ResponseEntity.created(URI.create("/api/prizes/editions/" + year + "/nominations/" + nomination.id()))
                .body(NominationView.of(nomination));
    }

    @GetMapping("/{year}/nominations/mine")
    public List<NominationView> mine(@PathVariable int year, Caller caller) {
        return nominations.ownedBy(year, caller.userId()).stream()
                .map(NominationView::of)
                .toList();
    }

    @GetMapping("/{year}/nominations")
    @PreAuthorize("hasAnyRole('admin', 'expert')")
    public List<NominationView> nominations(
            @PathVariable int year,
            @RequestParam(required = false) @Nullable @Min(1) @Max(18) Integer category,
            @RequestParam(required = false) @Nullable NominationStatus status) {
        return nominations.list(year, category, status).stream()
                .map(NominationView::of)
                .toList();
    }

    @PostMapping("/{year}/nominations/{id}/shortlist")
    @PreAuthorize("hasRole('admin')")
    public NominationView shortlist(@PathVariable int year, @PathVariable String id, Caller caller) {
        return NominationView.of(nominations.shortlist(id, AuditController.adminOf(caller)));
    }

    /** The nominees, public from the vote on. */
    @GetMapping("/{year}/nominees")
    public List<NominationView> nominees(
            @PathVariable int year, @RequestParam(required = false) @Nullable @Min(1) @Max(18) Integer category) {
        if (editions.get(year).phase().compareTo(Phase.VOTING) < 0) {
            throw ApiException.notFound("The nominees of " + year);
        }
        return nominations.list(year, category, NominationStatus.NOMINEE).stream()
                .map(NominationView::of)
                .toList();
    }

    // --- votes ---

    public record VoteRequest(
            @NotNull @Min(1) @Max(18) Integer category,
            @NotBlank String nominationId) {}

    public record VoteAccepted(String ballotId, int voted, int of) {}

    /**
     * One vote, final. Answers 202 at once: the ballot is saved with the voter's other votes and handed
     * to the ballot stream; counting happens downstream.
     */
    @PostMapping("/{year}/votes")
    public ResponseEntity<VoteAccepted> vote(
            @PathVariable int year, Caller caller, HttpServletRequest http, @Valid @RequestBody VoteRequest request) {
        if (!caller.emailVerified()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "email-not-verified", "Verify your e-mail address to vote.");
        }
        votes.refuseErased(caller.userId());
        String network = network(http.getRemoteAddr());
        limits.attempt(caller.userId(), network);
        Voter.Signals signals = new Voter.Signals(
                network,
                domainOf(caller.email()),
                caller.accountCreatedAt(),
                new Recipient(caller.userId(), caller.email(), caller.displayName(), caller.locale()));
        Votes.Accepted accepted =
                votes.vote(year, caller.userId(), request.category(), request.nominationId(), signals);
        return ResponseEntity.accepted()
                .body(new VoteAccepted(
                        accepted.ballotId(),
                        accepted.progress().voted(),
                        accepted.progress().of()));
    }

    @GetMapping("/{year}/votes/mine")
    public Votes.Progress myVotes(@PathVariable int year, Caller caller) {
        return votes.progress(year, caller.userId());
    }

    // --- results ---

    /** Running standings: admins only until results are published. */
    @GetMapping("/{year}/standings")
    @PreAuthorize("hasRole('admin')")
    public List<Results.CategoryStanding> standings(@PathVariable int year) {
        return results.standings(year);
    }

    public record WinnersRequest(@NotEmpty @Size(max = 2) List<@NotBlank String> nominationIds) {}

    @PostMapping("/{year}/categories/{category}/winners")
    @PreAuthorize("hasRole('admin')")
    public ResponseEntity<Void> winners(
            @PathVariable int year,
            @PathVariable @Min(1) @Max(18) int category,
            Caller caller,
            @Valid @RequestBody WinnersRequest request) {
        results.selectWinners(year, category, request.nominationIds(), AuditController.adminOf(caller));
        return ResponseEntity.noContent().build();
    }

    /** A Champion as the public sees it. */
    public record PublishedNominee(
            String nominationId,
            String entryTitle,
            String organisation,
            long votes,
            boolean tiedAtCut,
            boolean winner) {}

    public record PublishedCategory(int category, String title, List<PublishedNominee> champions) {}

    /** The published results: Champions and Winners per category, with their valid votes. */
    @GetMapping("/{year}/results")
    public List<PublishedCategory> results(@PathVariable int year) {
        if (editions.get(year).phase() != Phase.RESULTS_PUBLISHED) {
            throw ApiException.notFound("The results of " + year);
        }
        return results.standings(year).stream()
                .map(c -> new PublishedCategory(
                        c.category(),
                        c.title(),
                        c.nominees().stream()
                                .filter(Results.Standing::champion)
                                .map(s -> new PublishedNominee(
                                        s.nominationId(),
                                        s.entryTitle(),
                                        s.organisation(),
                                        s.votes(),
                                        s.tiedAtCut(),
                                        s.winner()))
                                .toList()))
                .toList();
    }

    private static String network(String address) {
        if (address.contains(":")) {
            String[] groups = address.split(":");
            return String.join(":", java.util.Arrays.copyOf(groups, Math.min(3, groups.length))) + "::/48";
        }
        int lastDot = address.lastIndexOf('.');
        return (lastDot < 0 ? address : address.substring(0, lastDot)) + ".0/24";
    }

    private static String domainOf(String email) {
        int at = email.lastIndexOf('@');
        return at < 0 ? "" : email.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
