package org.wsis.convening.directory;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;
import org.wsis.servicekit.problem.Refusal;

/**
 * The public directory: convenors and issues found by text and filters, the issues of other convenors
 * similar to an issue, and a year's themes. Similarity is computed for all public issues at once (a
 * {@link SimilarityGraph}) when asked and kept until the index changes, so an issue published a moment ago
 * has its similar issues, and joins its theme, at the next request.
 */
@Service
public class Directory {

    private final DirectoryIndex index;
    private final double themeThreshold;
    private final AtomicReference<Computed> graph = new AtomicReference<>();

    private record Computed(long generation, SimilarityGraph graph) {}

    public Directory(DirectoryIndex index, DirectorySettings settings) {
        this.index = index;
        this.themeThreshold = settings.themeThreshold();
    }

    public DirectoryResult<IssueCard> issues(DirectoryQuery query) {
        return index.searchIssues(query);
    }

    public DirectoryResult<ConvenorCard> convenors(DirectoryQuery query) {
        return index.searchConvenors(query);
    }

    /** The issues of other convenors most similar to a public issue; 404 when the issue is not public. */
    public List<SimilarIssue> similarTo(String issueId, int limit) {
        SimilarityGraph current = graph();
        if (current.issue(issueId).isEmpty()) {
            throw Refusal.notFound("Issue " + issueId);
        }
        return current.similarTo(issueId, limit);
    }

    /** A year's themes, largest first. */
    public List<Theme> themes(int year) {
        return graph().themes(year, index::label, themeThreshold);
    }

    private SimilarityGraph graph() {
        long generation = index.generation();
        Computed cached = graph.get();
        if (cached != null && cached.generation() == generation) {
            return cached.graph();
        }
        SimilarityGraph computed = SimilarityGraph.of(index);
        graph.set(new Computed(generation, computed));
        return computed;
    }
}
