package org.wsis.convening.directory;

import java.util.List;
import java.util.Map;

/** A page of matches, their total, and per filter the number of matches for each value. */
public record DirectoryResult<T>(
        long total, int page, int size, List<T> items, Map<String, Map<String, Integer>> facets) {}
