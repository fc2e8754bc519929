package org.wsis.convening.directory;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A public issue as the directory lists it and similarity compares it. */
public record IssueCard(
        String id,
        String convenorId,
        String convenor,
        String stakeholderType,
        String country,
        String region,
        int year,
        String title,
        String summary,
        @Nullable String language,
        List<String> actionLines,
        List<Integer> sdgs,
        List<String> keywords,
        List<String> concepts,
        @Nullable Instant publishedAt) {}
