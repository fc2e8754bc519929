package org.wsis.convening.calendar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The public global calendar held by this replica, kept equal to the database by the directory's indexer
 * (as the directory index is): the published events stakeholders listed, and the events convenors plan
 * about their public issues. Entries are put per source (an event, an issue), so a source that changes or
 * leaves public view replaces all of its entries at once.
 */
@Component
public class Calendar {

    private static final Comparator<CalendarEntry> CHRONOLOGICAL = Comparator.comparing(
                    (CalendarEntry e) -> e.start().toInstant())
            .thenComparing(e -> e.end().toInstant())
            .thenComparing(CalendarEntry::key);

    private final Map<String, List<CalendarEntry>> bySource = new ConcurrentHashMap<>();
    private final Map<String, CalendarEntry> byKey = new ConcurrentHashMap<>();
    private volatile List<CalendarEntry> sorted = List.of();
    private volatile boolean stale;

    /** The public entries of a listed event: one, or none when it is not public. */
    public void putEvent(String eventId, List<CalendarEntry> entries) {
        put("event:" + eventId, entries);
    }

    /** The public entries of an issue: its planned events while it and its convenor are public, else none. */
    public void putIssue(String issueId, List<CalendarEntry> entries) {
        put("issue:" + issueId, entries);
    }

    public Optional<CalendarEntry> entry(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The entries {@code query} matches, earliest first, at most {@code limit} of them from {@code offset} on. */
    public Page list(CalendarQuery query, int offset, int limit) {
        List<CalendarEntry> matching =
                chronological().stream().filter(query::matches).toList();
        int first = Math.min(offset, matching.size());
        return new Page(matching.size(), matching.subList(first, Math.min(matching.size(), first + limit)));
    }

    /** A page of entries, and how many matched in all. */
    public record Page(int total, List<CalendarEntry> entries) {}

    public int size() {
        return byKey.size();
    }

    private synchronized void put(String source, List<CalendarEntry> entries) {
        List<CalendarEntry> previous =
                entries.isEmpty() ? bySource.remove(source) : bySource.put(source, List.copyOf(entries));
        // The new entries first, then the keys that are gone: a reader never misses an entry being replaced.
        entries.forEach(e -> byKey.put(e.key(), e));
        if (previous != null) {
            Set<String> kept = entries.stream().map(CalendarEntry::key).collect(Collectors.toSet());
            previous.stream()
                    .map(CalendarEntry::key)
                    .filter(k -> !kept.contains(k))
                    .forEach(byKey::remove);
        }
        if (!(previous == null && entries.isEmpty()) && !entries.equals(previous)) {
            stale = true;
        }
    }

    private List<CalendarEntry> chronological() {
        if (stale) {
            synchronized (this) {
                if (stale) {
                    List<CalendarEntry> all = new ArrayList<>(byKey.values());
                    all.sort(CHRONOLOGICAL);
                    sorted = List.copyOf(all);
                    stale = false;
                }
            }
        }
        return sorted;
    }
}
