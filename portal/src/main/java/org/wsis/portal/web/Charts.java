package org.wsis.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bar charts drawn on the server as SVG: each bar's length is its count's share of the largest. The page shows
 * the same numbers in a table beside each chart, which is what a screen reader reads.
 */
final class Charts {

    /** One bar: what it counts, how many, its length (0 to {@link #LENGTH}) and its place from the top. */
    public record Bar(String key, int count, double length, int y) {}

    /** A chart: its bars, its height and its total. */
    public record Chart(String id, List<Bar> bars, int height, long total) {}

    /** The longest bar, in the chart's units (its labels take the rest of the 600 units' width). */
    static final int LENGTH = 380;

    static final int ROW = 24;

    private Charts() {}

    static Chart of(String id, Map<String, ? extends Number> counts) {
        int max = counts.values().stream().mapToInt(Number::intValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        long total = 0;
        int y = 0;
        for (var e : counts.entrySet()) {
            int n = e.getValue().intValue();
            total += n;
            bars.add(new Bar(e.getKey(), n, max == 0 ? 0 : Math.max(n > 0 ? 1 : 0, (double) n * LENGTH / max), y));
            y += ROW;
        }
        return new Chart(id, List.copyOf(bars), Math.max(ROW, y), total);
    }
}
