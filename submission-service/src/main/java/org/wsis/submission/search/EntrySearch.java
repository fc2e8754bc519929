package org.wsis.submission.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.reference.ItuRegion;
import org.wsis.contracts.reference.Sdgs;
import org.wsis.contracts.reference.StakeholderType;
import org.wsis.servicekit.problem.Refusal;
import org.wsis.submission.entry.domain.Entry;
import org.wsis.submission.entry.mongo.EntryStore;

/** Search, statistics and exports over the index; exports read the entries themselves from the database. */
@Service
public class EntrySearch {

    /** How many entries an export reads from the database at a time. */
    private static final int EXPORT_BATCH = 200;

    private final SearchIndex index;
    private final EntryStore entries;

    public EntrySearch(SearchIndex index, EntryStore entries) {
        this.index = index;
        this.entries = entries;
    }

    public SearchResult search(SearchQuery query) {
        try {
            return index.search(query);
        } catch (IllegalArgumentException tooDeep) {
            throw Refusal.invalid("page-too-deep", tooDeep.getMessage());
        }
    }

    /** Counts of published entries for the Stocktaking Report; every action line, SDG, region and type appears. */
    public record Statistics(
            long total,
            Map<String, Integer> byActionLine,
            Map<String, Integer> bySdg,
            Map<String, Integer> byRegion,
            Map<String, Integer> byStakeholderType,
            Map<String, Integer> byYear,
            Map<String, Integer> byCountry) {}

    /** The countries that have entries, by ISO code, the most first (then by code). */
    private static Map<String, Integer> byCount(Map<String, Integer> facet) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        facet.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    public Statistics statistics(SearchQuery filters) {
        SearchResult all = index.search(new SearchQuery(
                filters.text(),
                filters.actionLines(),
                filters.sdgs(),
                filters.countries(),
                filters.regions(),
                filters.stakeholderTypes(),
                filters.years(),
                List.of(),
                null,
                SearchQuery.Sort.NEWEST,
                0,
                0));
        Map<String, Map<String, Integer>> facets = all.facets();
        Map<String, Integer> years = new LinkedHashMap<>();
        facets.get("year").entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(e -> years.put(e.getKey(), e.getValue()));
        return new Statistics(
                all.total(),
                complete(names(ActionLine.values()), facets.get("actionLine")),
                complete(
                        java.util.stream.IntStream.rangeClosed(1, Sdgs.COUNT)
                                .mapToObj(String::valueOf)
                                .toList(),
                        facets.get("sdg")),
                complete(names(ItuRegion.values()), facets.get("region")),
                complete(names(StakeholderType.values()), facets.get("stakeholderType")),
                years,
                byCount(facets.get("country")));
    }

    /**
     * Hands every published entry matching the query to {@code sink}, in the query's order, reading the
     * database a batch at a time so that an export of the whole database never sits in memory.
     */
    public void forEachPublished(SearchQuery query, java.util.function.Consumer<Entry> sink) {
        List<String> ids = index.ids(query);
        for (int from = 0; from < ids.size(); from += EXPORT_BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + EXPORT_BATCH));
            Map<String, Entry> loaded =
                    entries.findAll(batch).stream().collect(Collectors.toMap(Entry::id, Function.identity()));
            for (String id : batch) {
                Entry entry = loaded.get(id);
                if (entry != null && entry.isPublic()) {
                    sink.accept(entry);
                }
            }
        }
    }

    private static List<String> names(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names;
    }

    private static Map<String, Integer> complete(List<String> keys, Map<String, Integer> counts) {
        Map<String, Integer> all = new LinkedHashMap<>();
        keys.forEach(key -> all.put(key, counts.getOrDefault(key, 0)));
        return all;
    }
}
