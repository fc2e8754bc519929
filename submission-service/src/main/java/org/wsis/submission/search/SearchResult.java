package org.wsis.submission.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One page of matches with the number of matches per filter value (facets) over all matches.
 *
 * @param facets per filter (actionLine, sdg, country, region, stakeholderType, year, status), value to count
 */
public record SearchResult(long total, int page, int size, List<Hit> items, Map<String, Map<String, Integer>> facets) {

    /** What a result list shows of an entry. */
    public record Hit(
            String id,
            String title,
            String organisation,
            String stakeholderType,
            String country,
            String region,
            List<String> actionLines,
            List<Integer> sdgs,
            String shortDescription,
            String status,
            @Nullable Instant publishedAt,
            @Nullable Float score) {}
}
