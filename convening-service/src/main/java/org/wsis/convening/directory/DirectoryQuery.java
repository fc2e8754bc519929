package org.wsis.convening.directory;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A search of the directory: free text, and filters that are also the facets (repeats of one filter mean
 * either; different filters all apply).
 */
public record DirectoryQuery(
        @Nullable String text,
        List<String> actionLines,
        List<String> sdgs,
        List<String> years,
        List<String> stakeholderTypes,
        List<String> regions,
        List<String> countries,
        int page,
        int size) {

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
