package org.wsis.convening.directory;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.wsis.servicekit.problem.Refusal;

/**
 * The public directory: convenors and issues found by text and filters, the issues of other convenors
 * similar to an issue, and a year's themes. Similarity is computed for all public issues at once (a
 * {@link SimilarityGraph}), by one request at a time, when asked after what the public sees changed; it and
 * each year's themes are kept until it changes again, so an issue published a moment ago has its similar
 * issues, and joins its theme, at the next request.
 */
@Service
public class Directory {

    private final DirectoryIndex index;
    private final double themeThreshold;
    private final Clock clock;
    private @Nullable Computed computed;

    private record Computed(long generation, SimilarityGraph graph, Map<Integer, List<Theme>> themes) {}

    public Directory(DirectoryIndex index, DirectorySettings settings, Clock clock) {
        this.index = index;
        this.themeThreshold = settings.themeThreshold();
        this.clock = clock;
    }

    public DirectoryResult<IssueCard> issues(DirectoryQuery query) {
        return index.searchIssues(query);
    }

    public DirectoryResult<ConvenorCard> convenors(DirectoryQuery query) {
        return index.searchConvenors(query);
    }

    /** The issues of other convenors most similar to a public issue; 404 when the issue is not public. */
    public List<SimilarIssue> similarTo(String issueId, int limit) {
        if (index.issue(issueId).isEmpty()) {
            throw Refusal.notFound("Issue " + issueId);
        }
        return current().graph().similarTo(issueId, limit);
    }

    /** A year's themes, largest first; without a year, those of the latest year with a public issue. */
    public List<Theme> themes(@Nullable Integer year) {
        Computed now = current();
        int asked = year != null
                ? year
                : now.graph()
                        .latestYear()
                        .orElse(clock.instant().atZone(ZoneOffset.UTC).getYear());
        return now.themes().computeIfAbsent(asked, y -> now.graph().themes(y, index::label, themeThreshold));
    }

    /** The graph of what the public sees now, built by one caller while the others wait for it. */
    private synchronized Computed current() {
        long generation = index.generation();
        if (computed == null || computed.generation() != generation) {
            computed = new Computed(generation, SimilarityGraph.of(index), new ConcurrentHashMap<>());
        }
        return computed;
    }
}
