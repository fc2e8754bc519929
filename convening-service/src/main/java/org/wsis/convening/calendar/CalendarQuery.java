package org.wsis.convening.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which public calendar entries to list: those under way at some time between {@code from} and {@code to}
 * (an entry that started before {@code from} and ends after it is listed), narrowed by the filters that are
 * given; a filter of several values keeps an entry with any of them.
 *
 * @param organiser words the organiser's name contains, whatever their case
 * @param text words the title, description or organiser contains, whatever their case
 */
public record CalendarQuery(
        @Nullable Instant from,
        @Nullable Instant to,
        Set<String> regions,
        Set<String> countries,
        Set<String> types,
        Set<String> actionLines,
        Set<Integer> sdgs,
        Set<String> languages,
        @Nullable String organiser,
        @Nullable String convenorId,
        @Nullable String text) {

    public CalendarQuery {
        regions = Set.copyOf(regions);
        countries = Set.copyOf(countries);
        types = Set.copyOf(types);
        actionLines = Set.copyOf(actionLines);
        sdgs = Set.copyOf(sdgs);
        languages = Set.copyOf(languages);
    }

    /** Everything under way at some time between {@code from} and {@code to}. */
    public static CalendarQuery between(Instant from, Instant to) {
        return new CalendarQuery(
                from, to, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, null);
    }

    public boolean matches(CalendarEntry e) {
        return (from == null || e.end().toInstant().isAfter(from))
                && (to == null || e.start().toInstant().isBefore(to))
                && (regions.isEmpty() || regions.contains(e.region()))
                && (countries.isEmpty() || countries.contains(e.country()))
                && (types.isEmpty() || types.contains(e.type().name()))
                && (actionLines.isEmpty() || e.actionLines().stream().anyMatch(actionLines::contains))
                && (sdgs.isEmpty() || e.sdgs().stream().anyMatch(sdgs::contains))
                && (languages.isEmpty() || languages.contains(e.language()))
                && (convenorId == null || convenorId.equals(e.convenorId()))
                && containsAll(e.organiser(), organiser)
                && containsAll(e.title() + "\n" + e.description() + "\n" + e.organiser(), text);
    }

    private static boolean containsAll(String haystack, @Nullable String words) {
        if (words == null || words.isBlank()) {
            return true;
        }
        String lower = haystack.toLowerCase(Locale.ROOT);
        return List.of(words.toLowerCase(Locale.ROOT).strip().split("\\s+")).stream()
                .allMatch(lower::contains);
    }
}
