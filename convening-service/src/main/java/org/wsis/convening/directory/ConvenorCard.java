package org.wsis.convening.directory;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A public convenor as the directory lists it, with what its public issues address. */
public record ConvenorCard(
        String id,
        String name,
        String stakeholderType,
        String country,
        String region,
        String summary,
        List<String> languages,
        int issues,
        List<String> actionLines,
        List<Integer> sdgs,
        List<Integer> years,
        @Nullable Instant publishedAt) {}
