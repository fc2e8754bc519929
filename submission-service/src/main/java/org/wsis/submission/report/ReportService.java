package org.wsis.submission.report;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.wsis.servicekit.problem.Refusal;
import org.wsis.servicekit.security.Caller;
import org.wsis.submission.entry.domain.Entry;
import org.wsis.submission.entry.domain.EntryDetails;
import org.wsis.submission.entry.mongo.EntryStore;
import org.wsis.submission.report.domain.StocktakingReport;
import org.wsis.submission.report.mongo.ReportStore;
import org.wsis.submission.search.EntrySearch;
import org.wsis.submission.search.SearchQuery;

/**
 * The yearly Stocktaking Reports. An editor (role {@code editor}, or {@code admin}) generates a year's
 * report: the activities published that year counted as search counts them (by the year of publication),
 * the year before counted alike, and the success stories chosen for it read again from the activities
 * (one no longer public is left out). Choosing the stories generates the report again. Everyone reads the
 * reports that exist; each year keeps its own.
 */
@Service
public class ReportService {

    /** The most success stories a report tells. */
    public static final int MAX_STORIES = 12;

    /** The first year of the stocktaking (the WSIS Geneva phase). */
    public static final int FIRST_YEAR = 2003;

    private final EntrySearch search;
    private final EntryStore entries;
    private final ReportStore reports;
    private final Clock clock;

    public ReportService(EntrySearch search, EntryStore entries, ReportStore reports, Clock clock) {
        this.search = search;
        this.entries = entries;
        this.reports = reports;
        this.clock = clock;
    }

    /** Whether the caller makes the reports. */
    public static boolean edits(@Nullable Caller caller) {
        return caller != null && (caller.hasRole("editor") || caller.hasRole("admin"));
    }

    /** Generates the year's report again, with the stories already chosen for it. */
    public StocktakingReport generate(Caller editor, int year) {
        requireEditor(editor);
        requireYear(year);
        StocktakingReport existing = reports.find(year).orElse(null);
        List<String> chosen = existing == null
                ? List.of()
                : existing.stories().stream()
                        .map(StocktakingReport.Story::entryId)
                        .toList();
        return save(year, stories(chosen, false), existing);
    }

    /**
     * Chooses the year's success stories (public activities, in the order given) and generates the report
     * with them. An id that names no public activity refuses the whole choice.
     */
    public StocktakingReport choose(Caller editor, int year, List<String> entryIds) {
        requireEditor(editor);
        requireYear(year);
        List<String> distinct = List.copyOf(new LinkedHashSet<>(entryIds));
        if (distinct.size() > MAX_STORIES) {
            throw Refusal.invalid("too-many-stories", "A report tells " + MAX_STORIES + " success stories at most.");
        }
        return save(year, stories(distinct, true), reports.find(year).orElse(null));
    }

    public StocktakingReport read(int year) {
        return reports.find(year).orElseThrow(() -> Refusal.notFound("The Stocktaking Report of " + year));
    }

    /** Every report, the latest year first. */
    public List<StocktakingReport> all() {
        return reports.all();
    }

    private StocktakingReport save(
            int year, List<StocktakingReport.Story> stories, @Nullable StocktakingReport existing) {
        StocktakingReport report =
                new StocktakingReport(year, numbers(year), numbers(year - 1), stories, clock.instant(), null);
        try {
            reports.save(report, existing == null ? null : existing.version());
        } catch (OptimisticLockingFailureException meanwhile) {
            throw Refusal.staleVersion();
        }
        return read(year);
    }

    private StocktakingReport.Numbers numbers(int year) {
        EntrySearch.Statistics s = search.statistics(new SearchQuery(
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(String.valueOf(year)),
                List.of(),
                null,
                SearchQuery.Sort.NEWEST,
                0,
                0));
        return new StocktakingReport.Numbers(
                s.total(), s.byActionLine(), s.bySdg(), s.byRegion(), s.byStakeholderType(), s.byCountry());
    }

    /** The chosen activities as they read now; {@code strict}: one not public refuses, else it is left out. */
    private List<StocktakingReport.Story> stories(List<String> entryIds, boolean strict) {
        Map<String, Entry> found = new LinkedHashMap<>();
        for (Entry entry : entries.findAll(entryIds)) {
            found.put(entry.id(), entry);
        }
        List<StocktakingReport.Story> stories = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : entryIds) {
            Entry entry = found.get(id);
            EntryDetails shown = entry == null ? null : entry.publicDetails().orElse(null);
            if (shown == null) {
                missing.add(id);
                continue;
            }
            stories.add(new StocktakingReport.Story(
                    id,
                    shown.title(),
                    shown.organisation(),
                    shown.country(),
                    shown.actionLines().stream().map(Enum::name).toList(),
                    shown.shortDescription()));
        }
        if (strict && !missing.isEmpty()) {
            throw Refusal.invalid(
                    "not-public-activities",
                    "A success story is a public activity; these are not: " + String.join(", ", missing) + ".");
        }
        return stories;
    }

    private void requireYear(int year) {
        int now = clock.instant().atZone(ZoneOffset.UTC).getYear();
        if (year < FIRST_YEAR || year > now) {
            throw Refusal.invalid("year-out-of-range", "A report is of a year from " + FIRST_YEAR + " to " + now + ".");
        }
    }

    private static void requireEditor(Caller caller) {
        if (!edits(caller)) {
            throw Refusal.notPermitted("Only editors make the Stocktaking Reports.");
        }
    }
}
