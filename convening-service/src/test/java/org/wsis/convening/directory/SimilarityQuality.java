package org.wsis.convening.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.wsis.convening.directory.LabelledIssues.Labelled;

/**
 * How good "similar issues" and themes are on the labelled set: precision at 5 (of the five issues shown
 * as most similar, the share written for the same theme), per language and per theme, and the purity of the
 * themes (the share of clustered issues that belong to their theme's majority label), with how many issues
 * were placed in a theme at all and how many themes were found for the 12 written.
 */
public final class SimilarityQuality {

    /** The figures of one evaluation. */
    public record Report(
            double precisionAt5,
            Map<String, Double> precisionByLanguage,
            Map<String, Double> precisionByTheme,
            double purity,
            double coverage,
            int themesFound,
            int themesWritten,
            List<Theme> themes) {

        public String text() {
            StringBuilder out = new StringBuilder();
            out.append(String.format("precision@5: %.3f%n", precisionAt5));
            precisionByLanguage.forEach((k, v) -> out.append(String.format("  %s: %.3f%n", k, v)));
            precisionByTheme.forEach((k, v) -> out.append(String.format("  %-32s %.3f%n", k, v)));
            out.append(String.format(
                    "themes: %d found for %d written; purity %.3f; %.1f %% of the issues in a theme%n",
                    themesFound, themesWritten, purity, coverage * 100));
            return out.toString();
        }
    }

    private SimilarityQuality() {}

    public static Report evaluate(List<Labelled> set, DirectoryIndex.Weights weights, double themeThreshold) {
        return evaluate(set, weights, themeThreshold, l -> true);
    }

    /** Precision over the issues {@code asked} (the index always holds the whole set). */
    public static Report evaluate(
            List<Labelled> set, DirectoryIndex.Weights weights, double themeThreshold, Predicate<Labelled> asked) {
        Map<String, String> themeOf = new HashMap<>();
        set.forEach(l -> themeOf.put(l.id(), l.theme()));
        try (DirectoryIndex index = LabelledIssues.indexed(set, weights)) {
            SimilarityGraph graph = SimilarityGraph.of(index);
            Map<String, List<Double>> byLanguage = new TreeMap<>();
            Map<String, List<Double>> byTheme = new TreeMap<>();
            List<Double> all = new ArrayList<>();
            for (Labelled l : set) {
                if (!asked.test(l)) {
                    continue;
                }
                List<SimilarIssue> top = graph.similarTo(l.id(), 5);
                long right = top.stream()
                        .filter(s -> l.theme().equals(themeOf.get(s.issue().id())))
                        .count();
                double precision = right / 5.0;
                all.add(precision);
                byLanguage.computeIfAbsent(l.language(), k -> new ArrayList<>()).add(precision);
                byTheme.computeIfAbsent(l.theme(), k -> new ArrayList<>()).add(precision);
            }
            List<Theme> themes = graph.themes(2027, index::label, themeThreshold);
            int clustered = 0;
            int majority = 0;
            for (Theme theme : themes) {
                Map<String, Integer> counts = new HashMap<>();
                theme.issues().forEach(i -> counts.merge(themeOf.get(i.id()), 1, Integer::sum));
                clustered += theme.issues().size();
                majority += counts.values().stream()
                        .mapToInt(Integer::intValue)
                        .max()
                        .orElse(0);
            }
            return new Report(
                    mean(all),
                    means(byLanguage),
                    means(byTheme),
                    clustered == 0 ? 0 : (double) majority / clustered,
                    (double) clustered / set.size(),
                    themes.size(),
                    (int) set.stream().map(Labelled::theme).distinct().count(),
                    themes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, Double> means(Map<String, List<Double>> values) {
        Map<String, Double> means = new LinkedHashMap<>();
        values.forEach((k, v) -> means.put(k, mean(v)));
        return means;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** Prints the figures for {@code benchmarks/README.md}. */
    public static void main(String[] args) {
        List<Labelled> set = LabelledIssues.load();
        Report report = evaluate(set, DirectoryIndex.Weights.DEFAULT, ThemeClustering.DEFAULT_THRESHOLD);
        System.out.print(report.text());
        // The weights were chosen on the odd-numbered issues: the even-numbered ones were not looked at.
        for (int half = 1; half >= 0; half--) {
            int parity = half;
            Report part = evaluate(set, DirectoryIndex.Weights.DEFAULT, ThemeClustering.DEFAULT_THRESHOLD, l -> {
                String number = l.id().substring(l.id().lastIndexOf('-') + 1);
                return Integer.parseInt(number) % 2 == parity;
            });
            System.out.printf(
                    "precision@5 asked by the %s-numbered issues (%s): %.3f%n",
                    parity == 1 ? "odd" : "even",
                    parity == 1 ? "used to choose the weights" : "held out",
                    part.precisionAt5());
        }
        for (Theme theme : report.themes()) {
            Map<String, Integer> labels = new TreeMap<>();
            theme.issues()
                    .forEach(i -> labels.merge(
                            set.stream()
                                    .filter(l -> l.id().equals(i.id()))
                                    .findFirst()
                                    .orElseThrow()
                                    .theme(),
                            1,
                            Integer::sum));
            System.out.printf(
                    "  [%s] %d issues: %s%n", theme.name(), theme.issues().size(), labels);
        }
    }
}
