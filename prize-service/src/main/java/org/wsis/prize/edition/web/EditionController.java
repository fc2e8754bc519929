package org.wsis.prize.edition.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.prize.audit.web.Admins;
import org.wsis.prize.edition.Editions;
import org.wsis.prize.edition.domain.Edition;
import org.wsis.prize.edition.domain.EditionRules;
import org.wsis.prize.edition.domain.Phase;
import org.wsis.servicekit.security.Caller;

/**
 * The editions over HTTP: planned by admins, read by anyone. Moving an edition along its phases is the
 * results' {@code PhaseController}, since the last move publishes the results.
 */
@RestController
@RequestMapping("/api/prizes/editions")
@Validated
public class EditionController {

    private final Editions editions;

    public EditionController(Editions editions) {
        this.editions = editions;
    }

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
        public static EditionView of(Edition e) {
            return new EditionView(
                    e.year(), e.phase().name(), e.rules(), e.schedule(), e.version() == null ? 0 : e.version());
        }
    }

    @PostMapping
    @PreAuthorize("hasRole('admin')")
    public ResponseEntity<EditionView> plan(Caller caller, @Valid @RequestBody EditionRequest request) {
        Edition edition = editions.plan(
                request.year(),
                request.rules() == null ? EditionRules.DEFAULT : request.rules().rules(),
                request.schedule() == null ? new EnumMap<>(Phase.class) : new EnumMap<>(request.schedule()),
                Admins.of(caller));
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
}
