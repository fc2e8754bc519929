package org.wsis.submission.report.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Stocktaking Report of a year, as generated: the activities published that year counted by action
 * line, SDG, ITU region, country and stakeholder type, the same counts for the year before (what changed),
 * and the success stories editors chose, each as the activity read when the report was generated. Kept per
 * year; generating it again replaces that year's numbers and stories, never another year's. It names no
 * one: the editor who generated it is not kept.
 */
public record StocktakingReport(
        int year,
        Numbers numbers,
        Numbers previous,
        List<Story> stories,
        Instant generatedAt,
        @Nullable Long version) {

    public StocktakingReport {
        stories = List.copyOf(stories);
    }

    /** The published activities of one year, counted. Every action line, SDG, region and type appears. */
    public record Numbers(
            long total,
            Map<String, Integer> byActionLine,
            Map<String, Integer> bySdg,
            Map<String, Integer> byRegion,
            Map<String, Integer> byStakeholderType,
            Map<String, Integer> byCountry) {}

    /** A success story: a published activity an editor chose, with the words it had when the report was made. */
    public record Story(
            String entryId,
            String title,
            String organisation,
            String country,
            List<String> actionLines,
            String shortDescription) {}
}
