package org.wsis.convening.outcome.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.ActionLine;
import org.wsis.convening.outcome.domain.OutcomeDetails;
import org.wsis.servicekit.web.FieldRules.MaxWords;
import org.wsis.servicekit.web.FieldRules.OneOf;

/** A workshop's outcome as its convenors write it. Every broken rule is reported, field by field. */
public record OutcomeRequest(
        @NotEmpty @Size(max = 10) List<@NotNull @Valid Challenge> challenges,
        @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 64) String> agreedBy,
        @Nullable @Size(max = 10) List<@NotNull @Valid FollowUp> followUps) {

    /** A key challenge: a short statement and the action lines it touches. */
    public record Challenge(
            @NotBlank @Size(max = 400) @MaxWords(60) String statement,
            @NotEmpty @Size(max = 11) List<@NotNull @OneOf(ActionLine.class) String> actionLines) {}

    /** A follow-up mechanism: what, who leads it, by when. */
    public record FollowUp(
            @NotBlank @Size(max = 400) String mechanism,
            @NotBlank @Size(max = 200) String lead,
            @NotNull LocalDate by) {}

    public OutcomeDetails details() {
        return new OutcomeDetails(
                challenges.stream()
                        .map(c -> new OutcomeDetails.Challenge(
                                c.statement().strip(),
                                c.actionLines().stream()
                                        .distinct()
                                        .map(ActionLine::valueOf)
                                        .toList()))
                        .toList(),
                agreedBy.stream().distinct().toList(),
                followUps == null
                        ? List.of()
                        : followUps.stream()
                                .map(f -> new OutcomeDetails.FollowUp(
                                        f.mechanism().strip(), f.lead().strip(), f.by()))
                                .toList());
    }
}
