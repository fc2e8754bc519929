package org.wsis.convening.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every public issue's most similar issues, and the ranking the public sees: an issue of another convenor is
 * the more similar the more it shares with the issue itself (its direct similarity) and the more it is
 * similar to the same issues (the cosine of the two issues' lists of neighbours, "shared nearest
 * neighbours"). Issues on one subject written in different words, or in different languages, are rarely
 * alike word for word but are alike to the same others; on the labelled set this lifts precision by about
 * seven points (benchmarks/README.md).
 *
 * <p>Built from one generation of the index, for all public issues at once; themes group a year's issues
 * by the same ranking.
 */
public final class SimilarityGraph {

    /** How many direct neighbours of each issue are kept; the public ranking re-orders them. */
    public static final int NEIGHBOURS = 20;

    /** How much the direct similarity counts beside the shared neighbours. */
    public static final double DIRECT = 0.3;

    private final Map<String, List<SimilarIssue>> direct;
    private final Map<String, IssueCard> cards = new HashMap<>();

    private SimilarityGraph(Map<String, List<SimilarIssue>> direct, List<IssueCard> cards) {
        this.direct = direct;
        cards.forEach(card -> this.cards.put(card.id(), card));
    }

    /** The graph of every public issue in the index as it stands. */
    public static SimilarityGraph of(DirectoryIndex index) {
        List<IssueCard> all = index.publicIssueCards();
        Map<String, List<SimilarIssue>> direct = new LinkedHashMap<>();
        for (IssueCard card : all) {
            direct.put(card.id(), index.similarTo(card.id(), NEIGHBOURS));
        }
        return new SimilarityGraph(direct, all);
    }

    public Optional<IssueCard> issue(String issueId) {
        return Optional.ofNullable(cards.get(issueId));
    }

    /** The issues of other convenors most similar to {@code issueId}, best first; empty when it is not public. */
    public List<SimilarIssue> similarTo(String issueId, int limit) {
        return ranked(issueId, s -> true).stream().limit(limit).toList();
    }

    /** The most recent year of a public issue, if there is one. */
    public Optional<Integer> latestYear() {
        return cards.values().stream().map(IssueCard::year).max(Integer::compare);
    }

    /** A year's issues in themes, largest first. */
    public List<Theme> themes(int year, Function<String, String> label, double threshold) {
        List<IssueCard> ofYear = cards.values().stream()
                .filter(c -> c.year() == year)
                .sorted(Comparator.comparing(IssueCard::id))
                .toList();
        return ThemeClustering.cluster(
                ofYear, card -> ranked(card.id(), s -> s.issue().year() == year), label, threshold);
    }

    private List<SimilarIssue> ranked(String issueId, java.util.function.Predicate<SimilarIssue> keep) {
        List<SimilarIssue> neighbours = direct.get(issueId);
        if (neighbours == null) {
            return List.of();
        }
        Map<String, Double> mine = vector(issueId, neighbours);
        List<SimilarIssue> ranked = new ArrayList<>();
        for (SimilarIssue s : neighbours) {
            if (!keep.test(s)) {
                continue;
            }
            double shared = cosine(
                    mine, vector(s.issue().id(), direct.getOrDefault(s.issue().id(), List.of())));
            ranked.add(new SimilarIssue(
                    s.issue(),
                    DIRECT * s.score() + (1 - DIRECT) * shared,
                    s.sharedWords(),
                    s.sharedThemes(),
                    s.sharedActionLines(),
                    s.sharedSdgs()));
        }
        ranked.sort(Comparator.comparingDouble(SimilarIssue::score)
                .reversed()
                .thenComparing(s -> s.issue().id()));
        return ranked;
    }

    /** An issue's neighbours as a vector: itself at 1, each neighbour at its direct similarity. */
    private static Map<String, Double> vector(String issueId, List<SimilarIssue> neighbours) {
        Map<String, Double> vector = new HashMap<>();
        vector.put(issueId, 1.0);
        neighbours.forEach(s -> vector.put(s.issue().id(), s.score()));
        return vector;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            normA += e.getValue() * e.getValue();
            Double other = b.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        for (double v : b.values()) {
            normB += v * v;
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }
}
