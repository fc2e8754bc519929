package org.wsis.convening.workshop.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a workshop's proposer says of it.
 *
 * @param theme the theme it gathers convenors on (a theme's name, or the proposer's own words)
 * @param issueIds the convenors' issues it is about
 * @param attendance how many people are expected
 * @param length how many consecutive slots it runs
 * @param interpretation the UN languages it is interpreted into (one booth each)
 * @param stepFree whether it needs a step-free room
 * @param hybrid whether it is streamed and joined online (a room that can stream)
 * @param days the venue's days all its convenors can attend
 * @param preferredDays among those, the ones it would rather be on
 */
public record WorkshopDetails(
        String title,
        String description,
        String theme,
        List<String> issueIds,
        int attendance,
        int length,
        List<String> interpretation,
        boolean stepFree,
        boolean hybrid,
        List<LocalDate> days,
        List<LocalDate> preferredDays) {

    public WorkshopDetails {
        issueIds = List.copyOf(issueIds);
        interpretation = List.copyOf(interpretation);
        days = List.copyOf(days);
        preferredDays = List.copyOf(preferredDays);
    }
}
