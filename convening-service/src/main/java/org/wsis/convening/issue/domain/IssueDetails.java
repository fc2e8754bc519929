package org.wsis.convening.issue.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.ActionLine;

/**
 * An issue a convenor intends to address in a year, described in words (what similarity reads) and
 * classified by WSIS Action Lines, SDGs and keywords.
 *
 * @param language the language the text is written in, one of the six UN languages ({@code ar}, {@code
 *     zh}, {@code en}, {@code fr}, {@code ru}, {@code es}), when the managers said so
 */
public record IssueDetails(
        int year,
        String title,
        String description,
        @Nullable String language,
        List<ActionLine> actionLines,
        List<Integer> sdgs,
        List<String> keywords,
        List<PlannedEvent> plannedEvents) {

    /** The six official languages of the United Nations, which the text may be written in. */
    public static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

    public IssueDetails {
        actionLines = List.copyOf(actionLines);
        sdgs = List.copyOf(sdgs);
        keywords = List.copyOf(keywords);
        plannedEvents = List.copyOf(plannedEvents);
    }
}
