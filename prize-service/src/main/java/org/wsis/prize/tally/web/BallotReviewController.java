package org.wsis.prize.tally.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.prize.audit.web.Admins;
import org.wsis.prize.tally.BallotReview;
import org.wsis.prize.tally.domain.BallotStatus;
import org.wsis.prize.tally.domain.Suspicion;
import org.wsis.servicekit.security.Caller;

/** The admins' review of flagged ballots over HTTP. */
@RestController
@RequestMapping("/api/prizes/editions/{year}/ballot-review")
@PreAuthorize("hasRole('admin')")
@Validated
public class BallotReviewController {

    private final BallotReview review;

    public BallotReviewController(BallotReview review) {
        this.review = review;
    }

    /** Voters per review status and reason; ballots valid, flagged and voided. */
    @GetMapping
    public BallotReview.Summary summary(@PathVariable int year) {
        return review.summary(year);
    }

    /** The flagged voters, oldest flag first, with what they voted for. */
    @GetMapping("/voters")
    public BallotReview.Page voters(
            @PathVariable int year,
            @RequestParam(required = false) @Nullable BallotStatus status,
            @RequestParam(required = false) @Nullable Suspicion reason,
            @RequestParam(required = false) @Nullable String network,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(100) int size) {
        return review.flagged(year, status, reason, network, page, size);
    }

    public enum Decision {
        ACCEPT(BallotStatus.ACCEPTED),
        VOID(BallotStatus.VOIDED);

        private final BallotStatus status;

        Decision(BallotStatus status) {
            this.status = status;
        }
    }

    /** Which listed voters a bulk decision selects: every one matching all the given filters. */
    public record Selection(
            @Nullable BallotStatus status,
            @Nullable Suspicion reason,
            @Nullable @Size(max = 64) String network) {}

    /** A decision on the named voters, or on every listed voter matching {@code matching}; one of the two. */
    public record DecisionRequest(
            @NotNull Decision decision,
            @Nullable @Size(max = 1000) List<@NotBlank String> voterIds,
            @Nullable @Valid Selection matching) {

        @AssertTrue(message = "name the voters (voterIds) or select them (matching), not both")
        public boolean isOneSelection() {
            return (voterIds == null) != (matching == null);
        }
    }

    public record DecisionResult(int decided, int refused, List<BallotReview.Outcome> outcomes) {}

    @PostMapping("/decisions")
    public DecisionResult decide(@PathVariable int year, Caller caller, @Valid @RequestBody DecisionRequest request) {
        Selection matching = request.matching();
        List<BallotReview.Outcome> outcomes = matching == null
                ? review.decide(year, request.decision().status, request.voterIds(), Admins.of(caller))
                : review.decideMatching(
                        year,
                        request.decision().status,
                        matching.status(),
                        matching.reason(),
                        matching.network(),
                        Admins.of(caller));
        int decided = (int) outcomes.stream().filter(o -> o.status() != null).count();
        return new DecisionResult(decided, outcomes.size() - decided, outcomes);
    }
}
