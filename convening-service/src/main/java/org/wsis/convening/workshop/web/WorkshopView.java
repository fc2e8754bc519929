package org.wsis.convening.workshop.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wsis.convening.publication.domain.Publication;
import org.wsis.convening.workshop.domain.Invitation;
import org.wsis.convening.workshop.domain.Workshop;
import org.wsis.convening.workshop.domain.WorkshopDetails;

/**
 * A workshop as answered: the approved revision and its convenors to the public; the working revision,
 * every invitation and its answer, to the convenors involved, moderators and the programme's admins.
 *
 * @param ruleMet whether enough invited convenors of enough stakeholder types accepted for it to be submitted
 * @param invitations every invitation (to those who see the working revision), else only the accepted ones
 */
public record WorkshopView(
        String id,
        String venueId,
        String venue,
        String convenorId,
        String convenor,
        String title,
        String description,
        String theme,
        List<String> issueIds,
        int attendance,
        int length,
        List<String> interpretation,
        boolean stepFree,
        boolean hybrid,
        List<LocalDate> days,
        List<LocalDate> preferredDays,
        List<InvitationView> invitations,
        boolean ruleMet,
        String status,
        int revision,
        int publishedRevision,
        @Nullable String messageFromModerator,
        @Nullable String mergedInto,
        @Nullable Instant publishedAt) {

    /** An invited convenor and its answer. */
    public record InvitationView(
            String convenorId,
            String convenor,
            String stakeholderType,
            String answer,
            Instant invitedAt,
            @Nullable Instant answeredAt) {

        static InvitationView of(Invitation i) {
            return new InvitationView(
                    i.convenorId(),
                    i.convenor(),
                    i.stakeholderType().name(),
                    i.answer().name(),
                    i.invitedAt(),
                    i.answeredAt());
        }
    }

    public static WorkshopView forPublic(Workshop workshop, boolean ruleMet) {
        Publication<WorkshopDetails> p = workshop.publication();
        return of(
                workshop,
                p.publicDetails().orElseThrow(),
                workshop.invitations().stream().filter(Invitation::accepted).toList(),
                ruleMet,
                "PUBLISHED",
                p.publishedRevision(),
                null);
    }

    public static WorkshopView forInvolved(Workshop workshop, boolean ruleMet) {
        Publication<WorkshopDetails> p = workshop.publication();
        return of(
                workshop,
                p.working(),
                workshop.invitations(),
                ruleMet,
                p.status().name(),
                p.revision(),
                p.messageFromModerator());
    }

    private static WorkshopView of(
            Workshop workshop,
            WorkshopDetails d,
            List<Invitation> invitations,
            boolean ruleMet,
            String status,
            int revision,
            @Nullable String message) {
        Workshop.State s = workshop.state();
        return new WorkshopView(
                s.id(),
                s.venueId(),
                s.venue(),
                s.convenorId(),
                s.convenor(),
                d.title(),
                d.description(),
                d.theme(),
                d.issueIds(),
                d.attendance(),
                d.length(),
                d.interpretation(),
                d.stepFree(),
                d.hybrid(),
                d.days(),
                d.preferredDays(),
                invitations.stream().map(InvitationView::of).toList(),
                ruleMet,
                status,
                revision,
                workshop.publication().publishedRevision(),
                message,
                s.mergedInto(),
                s.publication().publishedAt());
    }
}
