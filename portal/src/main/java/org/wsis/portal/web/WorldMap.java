package org.wsis.portal.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The world as the statistics page draws it: each country's shape (an SVG path in a 1010 x 666 view box, from
 * {@code world-map.tsv}), shaded by how many activities it has on a logarithmic scale of five classes, so that
 * a country with three activities still shows beside one with three hundred. Drawn on the server: the page
 * runs no script.
 */
@Component("worldMap")
public class WorldMap {

    /** A country's shape. */
    public record Shape(String code, String path) {}

    /** One class of the scale: its colour and the counts it holds ({@code from} to {@code to}). */
    public record Shade(String colour, int from, int to) {}

    /** Countries without an activity. */
    public static final String NONE = "#e5e7eb";

    private static final List<String> COLOURS = List.of("#dbeafe", "#93c5fd", "#3b82f6", "#1d4ed8", "#1e3a8a");

    private final List<Shape> shapes = load();

    public List<Shape> shapes() {
        return shapes;
    }

    /** The classes of the scale for counts up to {@code max}, without empty ones. */
    public List<Shade> legend(int max) {
        List<Shade> legend = new ArrayList<>();
        int from = 1;
        for (int c = 0; c < COLOURS.size() && from <= max; c++) {
            int to = c == COLOURS.size() - 1 ? max : Math.max(from, upperBound(c + 1, max));
            legend.add(new Shade(COLOURS.get(c), from, Math.min(to, max)));
            from = to + 1;
        }
        return legend;
    }

    /** Each country's colour: its class on the scale of {@code counts}, or {@link #NONE}. */
    public Map<String, String> fills(Map<String, ? extends Number> counts) {
        int max = counts.values().stream().mapToInt(Number::intValue).max().orElse(0);
        List<Shade> legend = legend(max);
        Map<String, String> fills = new LinkedHashMap<>();
        counts.forEach((code, count) -> {
            int n = count.intValue();
            legend.stream()
                    .filter(s -> n >= s.from() && n <= s.to())
                    .findFirst()
                    .ifPresent(s -> fills.put(code, s.colour()));
        });
        return fills;
    }

    /** The highest count of class {@code c} (1 to 5) on a logarithmic scale up to {@code max}. */
    private static int upperBound(int c, int max) {
        return (int) Math.floor(Math.exp(Math.log(max + 1.0) * c / COLOURS.size()) - 1);
    }

    private static List<Shape> load() {
        List<Shape> shapes = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(WorldMap.class.getResourceAsStream("world-map.tsv")), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                shapes.add(new Shape(cells[0], cells[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(shapes);
    }
}
