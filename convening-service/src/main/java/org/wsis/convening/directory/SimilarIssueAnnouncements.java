package org.wsis.convening.directory;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.wsis.contracts.convening.SimilarIssuesFound;
import org.wsis.convening.convenor.domain.Convenor;
import org.wsis.convening.convenor.mongo.ConvenorStore;
import org.wsis.convening.directory.mongo.AnnouncementStore;
import org.wsis.convening.issue.domain.Issue;

/**
 * Tells the convenors of similar issues that one more convenor addresses an issue like theirs: when an
 * issue first becomes public (it and its convenor published), the issues of other convenors most similar
 * to it, alike enough to share a theme, are announced once in {@code SimilarIssuesFound}; notification-service
 * writes to their managers who opted in, at most weekly. An issue is considered once: what it found (even
 * nothing) is recorded, so later changes of it cost one lookup.
 */
@Component
public class SimilarIssueAnnouncements {

    /** At most this many convenors hear of one issue. */
    static final int MATCHES = 5;

    private final Directory directory;
    private final DirectoryIndex index;
    private final ConvenorStore convenors;
    private final AnnouncementStore announcements;
    private final Clock clock;
    private final double threshold;
    private final Counter announced;

    public SimilarIssueAnnouncements(
            Directory directory,
            DirectoryIndex index,
            ConvenorStore convenors,
            AnnouncementStore announcements,
            Clock clock,
            DirectorySettings settings,
            MeterRegistry meters) {
        this.directory = directory;
        this.index = index;
        this.convenors = convenors;
        this.announcements = announcements;
        this.clock = clock;
        this.threshold = settings.themeThreshold();
        this.announced = Counter.builder("wsis.convening.similar.announced")
                .description("Published issues announced to the convenors of similar issues")
                .register(meters);
    }

    /**
     * Announces the published revision of {@code issue} if it is public in the directory and was not
     * announced yet; returns whether it announced it now.
     */
    public boolean consider(Issue issue) {
        IssueCard published = index.issue(issue.id()).orElse(null);
        if (published == null) {
            return false;
        }
        if (announcements.exists(issue.id())) {
            return false;
        }
        int revision = issue.publication().publishedRevision();
        List<SimilarIssuesFound.Match> matches = new ArrayList<>();
        for (SimilarIssue similar : directory.similarTo(issue.id(), MATCHES)) {
            if (similar.score() < threshold) {
                continue;
            }
            IssueCard card = similar.issue();
            convenors
                    .find(card.convenorId())
                    .filter(Convenor::isPublic)
                    .ifPresent(other -> matches.add(new SimilarIssuesFound.Match(
                            card.id(), card.title(), other.id(), card.convenor(), other.managers())));
        }
        Instant now = clock.instant();
        boolean inserted = announcements.insert(
                issue.id(),
                matches.isEmpty()
                        ? null
                        : new SimilarIssuesFound(
                                UUID.randomUUID(),
                                now,
                                issue.id(),
                                revision,
                                published.title(),
                                published.convenorId(),
                                published.convenor(),
                                matches),
                now);
        if (inserted && !matches.isEmpty()) {
            announced.increment();
            return true;
        }
        return false;
    }
}
