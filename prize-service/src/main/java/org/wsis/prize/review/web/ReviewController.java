package org.wsis.prize.review.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.prize.audit.web.Admins;
import org.wsis.prize.review.ExpertReview;
import org.wsis.prize.review.domain.Criterion;
import org.wsis.prize.review.domain.Expert;
import org.wsis.prize.review.domain.Review;
import org.wsis.prize.review.domain.Scorecard;
import org.wsis.servicekit.security.Caller;

/** Expert review over HTTP: assignments (admins), scores and recusals (experts), ranking (admins). */
@RestController
@RequestMapping("/api/prizes/editions/{year}")
@Validated
public class ReviewController {

    private final ExpertReview review;

    public ReviewController(ExpertReview review) {
        this.review = review;
    }

    public record AssignmentRequest(
            @NotEmpty @Size(max = 18) Set<@NotNull @Min(1) @Max(18) Integer> categories) {}

    public record ScoreRequest(
            @NotNull Map<Criterion, @NotNull @Min(1) @Max(5) Integer> scores,
            @Nullable @Size(max = 4000) String comment) {}

    public record RecusalRequest(@NotBlank @Size(max = 2000) String reason) {}

    @PutMapping("/experts/{expertId}")
    @PreAuthorize("hasRole('admin')")
    public ExpertReview.Assignment assign(
            @PathVariable int year,
            @PathVariable String expertId,
            Caller caller,
            @Valid @RequestBody AssignmentRequest request) {
        return review.assign(year, expertId, request.categories(), Admins.of(caller));
    }

    @GetMapping("/review")
    @PreAuthorize("hasRole('expert')")
    public List<Review> worklist(@PathVariable int year, Caller caller) {
        return review.worklist(year, expert(caller));
    }

    @PostMapping("/nominations/{id}/scores")
    @PreAuthorize("hasRole('expert')")
    public Review score(
            @PathVariable int year, @PathVariable String id, Caller caller, @Valid @RequestBody ScoreRequest request) {
        return review.score(
                id,
                expert(caller),
                new Scorecard(request.scores(), request.comment() == null ? "" : request.comment()));
    }

    @PostMapping("/nominations/{id}/recusal")
    @PreAuthorize("hasRole('expert')")
    public Review recuse(
            @PathVariable int year,
            @PathVariable String id,
            Caller caller,
            @Valid @RequestBody RecusalRequest request) {
        return review.recuse(id, expert(caller), request.reason());
    }

    @GetMapping("/nominations/{id}/scores")
    @PreAuthorize("hasAnyRole('admin', 'expert')")
    public List<Review> scores(@PathVariable int year, @PathVariable String id, Caller caller) {
        return review.reviewsOf(id, caller.userId(), caller.hasRole("admin"));
    }

    @GetMapping("/categories/{category}/ranking")
    @PreAuthorize("hasRole('admin')")
    public List<ExpertReview.Ranked> ranking(@PathVariable int year, @PathVariable @Min(1) @Max(18) int category) {
        return review.ranking(year, category);
    }

    static Expert expert(Caller caller) {
        return new Expert(caller.userId(), caller.displayName(), caller.organisation());
    }
}
