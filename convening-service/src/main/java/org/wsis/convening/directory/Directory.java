package org.wsis.convening.directory;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.wsis.servicekit.problem.Refusal;

/**
 * The public directory: convenors and issues found by text and filters, the issues of other convenors
 * similar to an issue, and a year's themes. Themes are computed from the index when asked and kept until
 * the index changes, so an issue published a moment ago joins its theme at the next request.
 */
@Service
public class Directory {

    private final DirectoryIndex index;
    private final double themeThreshold;
    private final ConcurrentHashMap<Integer, Computed> themes = new ConcurrentHashMap<>();

    private record Computed(long generation, List<Theme> themes) {}

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
        if (index.issue(issueId).isEmpty()) {
            throw Refusal.notFound("Issue " + issueId);
        }
        return index.similarTo(issueId, limit, null);
    }

    /** A year's themes, largest first. */
    public List<Theme> themes(int year) {
        long generation = index.generation();
        Computed cached = themes.get(year);
        if (cached != null && cached.generation() == generation) {
            return cached.themes();
        }
        List<Theme> computed = ThemeClustering.cluster(
                index.issuesOf(year),
                card -> index.similarTo(card.id(), ThemeClustering.NEIGHBOURS, year),
                index::label,
                themeThreshold);
        themes.put(year, new Computed(generation, computed));
        return computed;
    }
}
