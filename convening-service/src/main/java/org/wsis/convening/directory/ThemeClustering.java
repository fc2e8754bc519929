package org.wsis.convening.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Groups a year's issues into themes: agglomerative clustering with average linkage over the similarity of
 * issues (each issue's most similar issues of the same year, as the public sees them; a pair never listed counts
 * as 0), merging the
 * two most alike groups while they are alike enough on average. A theme is a group with issues of at least
 * two convenors, named by the thesaurus concepts (else the keywords) most of its issues share, or by the
 * title of its first issue when they share none.
 */
public final class ThemeClustering {

    /** Groups whose average similarity is below this are not merged. */
    public static final double DEFAULT_THRESHOLD = 0.25;

    private ThemeClustering() {}

    private record Pair(int a, int b, double average, int versionA, int versionB) {}

    public static List<Theme> cluster(
            List<IssueCard> cards,
            Function<IssueCard, List<SimilarIssue>> similar,
            Function<String, String> label,
            double threshold) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < cards.size(); i++) {
            index.put(cards.get(i).id(), i);
        }
        // Symmetric similarity: the better of the two directions.
        List<Map<Integer, Double>> sums = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            sums.add(new HashMap<>());
        }
        for (IssueCard card : cards) {
            int a = index.get(card.id());
            for (SimilarIssue s : similar.apply(card)) {
                Integer b = index.get(s.issue().id());
                if (b == null || b == a) {
                    continue;
                }
                sums.get(a).merge(b, s.score(), Math::max);
                sums.get(b).merge(a, s.score(), Math::max);
            }
        }
        int[] size = new int[cards.size()];
        int[] version = new int[cards.size()];
        boolean[] alive = new boolean[cards.size()];
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            size[i] = 1;
            alive[i] = true;
            members.add(new ArrayList<>(List.of(i)));
        }
        PriorityQueue<Pair> queue = new PriorityQueue<>(Comparator.comparingDouble(Pair::average)
                .reversed()
                .thenComparingInt(Pair::a)
                .thenComparingInt(Pair::b));
        for (int a = 0; a < cards.size(); a++) {
            for (Map.Entry<Integer, Double> e : sums.get(a).entrySet()) {
                if (a < e.getKey()) {
                    queue.add(new Pair(a, e.getKey(), e.getValue(), 0, 0));
                }
            }
        }
        while (!queue.isEmpty()) {
            Pair best = queue.poll();
            if (best.average() < threshold) {
                break;
            }
            if (!alive[best.a()]
                    || !alive[best.b()]
                    || version[best.a()] != best.versionA()
                    || version[best.b()] != best.versionB()) {
                continue;
            }
            int keep = best.a();
            int gone = best.b();
            alive[gone] = false;
            members.get(keep).addAll(members.get(gone));
            size[keep] += size[gone];
            version[keep]++;
            Map<Integer, Double> merged = sums.get(keep);
            sums.get(gone).forEach((other, sum) -> merged.merge(other, sum, Double::sum));
            merged.remove(keep);
            merged.remove(gone);
            for (Map.Entry<Integer, Double> e : merged.entrySet()) {
                int other = e.getKey();
                if (!alive[other]) {
                    continue;
                }
                Map<Integer, Double> theirs = sums.get(other);
                double sum = e.getValue();
                theirs.remove(gone);
                theirs.put(keep, sum);
                double average = sum / ((double) size[keep] * size[other]);
                int a = Math.min(keep, other);
                int b = Math.max(keep, other);
                queue.add(new Pair(a, b, average, version[a], version[b]));
            }
            sums.get(gone).clear();
        }
        List<Theme> themes = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            if (!alive[i]) {
                continue;
            }
            List<IssueCard> issues = members.get(i).stream().map(cards::get).toList();
            long convenors =
                    issues.stream().map(IssueCard::convenorId).distinct().count();
            if (convenors < 2) {
                continue;
            }
            List<String> terms = terms(issues, label);
            String name = terms.isEmpty() ? issues.getFirst().title() : String.join(" · ", terms);
            themes.add(new Theme(name, terms, (int) convenors, issues));
        }
        themes.sort(Comparator.comparingInt((Theme t) -> -t.issues().size()).thenComparing(Theme::name));
        return themes;
    }

    /** The three concepts (then keywords) that most of a group's issues share, most shared first. */
    private static List<String> terms(List<IssueCard> issues, Function<String, String> label) {
        Map<String, Integer> concepts =
                counts(issues.stream().map(IssueCard::concepts).toList());
        Map<String, Integer> keywords = counts(issues.stream()
                .map(i -> i.keywords().stream()
                        .map(k -> k.toLowerCase(Locale.ROOT))
                        .toList())
                .toList());
        List<String> terms = new ArrayList<>();
        for (String concept : top(concepts)) {
            if (terms.size() < 3) {
                terms.add(label.apply(concept));
            }
        }
        for (String keyword : top(keywords)) {
            if (terms.size() < 3 && !terms.contains(keyword)) {
                terms.add(keyword);
            }
        }
        return terms;
    }

    private static Map<String, Integer> counts(List<List<String>> lists) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (List<String> list : lists) {
            Set<String> once = new HashSet<>(list);
            once.forEach(value -> counts.merge(value, 1, Integer::sum));
        }
        return counts;
    }

    /** Values shared by at least two issues, most shared first, then alphabetically. */
    private static List<String> top(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toList());
    }
}
