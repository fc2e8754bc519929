package org.wsis.submission.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What someone looks for. Values within one filter are alternatives; different filters all apply.
 *
 * @param text free text over title, descriptions, keywords and organisation; null or blank for everything
 * @param ownerId null to search published entries; a user id to search that owner's own entries, in
 *     every status, as they last wrote them
 */
public record SearchQuery(
        @Nullable String text,
        List<String> actionLines,
        List<String> sdgs,
        List<String> countries,
        List<String> regions,
        List<String> stakeholderTypes,
        List<String> years,
        List<String> statuses,
        @Nullable String ownerId,
        Sort sort,
        int page,
        int size) {

    /** The orders results come in. */
    public enum Sort {
        RELEVANCE,
        NEWEST,
        TITLE
    }

    public SearchQuery {
        actionLines = List.copyOf(actionLines);
        sdgs = List.copyOf(sdgs);
        countries = List.copyOf(countries);
        regions = List.copyOf(regions);
        stakeholderTypes = List.copyOf(stakeholderTypes);
        years = List.copyOf(years);
        statuses = List.copyOf(statuses);
    }

    /** Every published entry, for statistics. */
    public static SearchQuery allPublished() {
        return new SearchQuery(
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                Sort.NEWEST,
                0,
                0);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
