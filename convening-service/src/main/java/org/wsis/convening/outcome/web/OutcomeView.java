package org.wsis.convening.outcome.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wsis.convening.outcome.domain.OutcomeDetails;
import org.wsis.convening.outcome.domain.WorkshopOutcome;

/** A workshop's outcome: the published revision to everybody, the working one to its convenors and moderators. */
public record OutcomeView(
        String workshopId,
        String title,
        String theme,
        String venue,
        int year,
        String convenor,
        List<ChallengeView> challenges,
        List<String> agreedBy,
        List<FollowUpView> followUps,
        String status,
        int revision,
        int publishedRevision,
        @Nullable String messageFromModerator,
        @Nullable Instant publishedAt) {

    /** A key challenge and the action lines it touches. */
    public record ChallengeView(String statement, List<String> actionLines) {}

    /** A follow-up mechanism. */
    public record FollowUpView(String mechanism, String lead, LocalDate by) {}

    public static OutcomeView forPublic(WorkshopOutcome outcome) {
        var p = outcome.publication();
        return of(outcome, p.publicDetails().orElseThrow(), "PUBLISHED", p.publishedRevision(), null);
    }

    public static OutcomeView forConvenors(WorkshopOutcome outcome) {
        var p = outcome.publication();
        return of(outcome, p.working(), p.status().name(), p.revision(), p.messageFromModerator());
    }

    private static OutcomeView of(
            WorkshopOutcome outcome, OutcomeDetails d, String status, int revision, @Nullable String message) {
        var s = outcome.state();
        return new OutcomeView(
                s.workshopId(),
                s.title(),
                s.theme(),
                s.venue(),
                s.year(),
                s.convenor(),
                d.challenges().stream()
                        .map(c -> new ChallengeView(
                                c.statement(),
                                c.actionLines().stream().map(Enum::name).toList()))
                        .toList(),
                d.agreedBy(),
                d.followUps().stream()
                        .map(f -> new FollowUpView(f.mechanism(), f.lead(), f.by()))
                        .toList(),
                status,
                revision,
                outcome.publication().publishedRevision(),
                message,
                s.publication().publishedAt());
    }
}
