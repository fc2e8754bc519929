package org.wsis.convening.issue.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wsis.convening.issue.domain.Issue;
import org.wsis.convening.issue.domain.IssueDetails;
import org.wsis.convening.issue.domain.PlannedEvent;
import org.wsis.convening.publication.domain.Publication;

/** An issue as answered: the published revision to the public, the working one to its convenor's managers. */
public record IssueView(
        String id,
        String convenorId,
        String convenor,
        int year,
        String title,
        String description,
        @Nullable String language,
        List<String> actionLines,
        List<Integer> sdgs,
        List<String> keywords,
        List<Event> plannedEvents,
        String status,
        int revision,
        int publishedRevision,
        @Nullable String messageFromModerator,
        @Nullable Instant publishedAt) {

    /**
     * A planned event: local times in its time zone, and the same instants with their offset, so that a
     * reader elsewhere converts them right; once the issue is public, it is the calendar entry
     * {@code calendarKey}.
     */
    public record Event(
            String id,
            String calendarKey,
            String type,
            String title,
            String startsAt,
            String endsAt,
            String timeZone,
            OffsetDateTime start,
            OffsetDateTime end,
            boolean online,
            @Nullable String place,
            @Nullable String country) {

        static Event of(String issueId, PlannedEvent e) {
            return new Event(
                    e.id(),
                    e.calendarKey(issueId),
                    e.type().name(),
                    e.title(),
                    e.startsAt().toString(),
                    e.endsAt().toString(),
                    e.timeZone().getId(),
                    e.start().toOffsetDateTime(),
                    e.end().toOffsetDateTime(),
                    e.online(),
                    e.place(),
                    e.country());
        }
    }

    /** The published revision, under its convenor's public name. */
    public static IssueView forPublic(Issue issue, String convenorName) {
        Publication<IssueDetails> p = issue.publication();
        return of(issue, convenorName, p.publicDetails().orElseThrow(), "PUBLISHED", p.publishedRevision(), null);
    }

    /** The working revision, for its convenor's managers and for moderators. */
    public static IssueView forManager(Issue issue, String convenorName) {
        Publication<IssueDetails> p = issue.publication();
        return of(issue, convenorName, p.working(), p.status().name(), p.revision(), p.messageFromModerator());
    }

    private static IssueView of(
            Issue issue,
            String convenorName,
            IssueDetails d,
            String status,
            int revision,
            @Nullable String messageFromModerator) {
        Publication<IssueDetails> p = issue.publication();
        return new IssueView(
                issue.id(),
                issue.convenorId(),
                convenorName,
                d.year(),
                d.title(),
                d.description(),
                d.language(),
                d.actionLines().stream().map(Enum::name).toList(),
                d.sdgs(),
                d.keywords(),
                d.plannedEvents().stream().map(e -> Event.of(issue.id(), e)).toList(),
                status,
                revision,
                p.publishedRevision(),
                messageFromModerator,
                p.publishedAt());
    }
}
