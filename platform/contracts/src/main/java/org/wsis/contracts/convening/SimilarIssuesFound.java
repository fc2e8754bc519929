package org.wsis.contracts.convening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.wsis.contracts.Recipient;

/**
 * An issue was published and other convenors address similar issues: each of those convenors' managers may
 * hear that one more convenor addresses an issue like theirs (an opt-in mail, at most weekly). Published
 * once per approved revision of the issue.
 *
 * @param issueId the issue just published
 * @param convenor the name of the convenor addressing it
 * @param matches the most similar issues of other convenors, most similar first
 */
public record SimilarIssuesFound(
        UUID eventId,
        Instant occurredAt,
        String issueId,
        int revision,
        String title,
        String convenorId,
        String convenor,
        List<Match> matches)
        implements ConveningEvent {

    /** A similar issue of another convenor, and who manages that convenor. */
    public record Match(String issueId, String title, String convenorId, String convenor, List<Recipient> managers) {

        public Match {
            managers = List.copyOf(managers);
        }
    }

    public SimilarIssuesFound {
        matches = List.copyOf(matches);
    }

    @Override
    public String aggregateId() {
        return issueId;
    }
}
