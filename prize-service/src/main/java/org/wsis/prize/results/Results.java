package org.wsis.prize.results;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.wsis.contracts.prize.PrizeCategory;
import org.wsis.prize.audit.AuditSource;
import org.wsis.prize.audit.domain.Admin;
import org.wsis.prize.audit.domain.AdminAction;
import org.wsis.prize.audit.domain.AuditLine;
import org.wsis.prize.edition.Editions;
import org.wsis.prize.edition.domain.Edition;
import org.wsis.prize.edition.domain.Phase;
import org.wsis.prize.edition.domain.PrizeRuleViolation;
import org.wsis.prize.nomination.Nominations;
import org.wsis.prize.nomination.domain.Nomination;
import org.wsis.prize.nomination.domain.NominationStatus;
import org.wsis.prize.results.mongo.WinnerStore;
import org.wsis.prize.tally.BallotReview;
import org.wsis.prize.tally.Tallies;
import org.wsis.prize.tally.domain.NomineeVotes;

/**
 * Standings, Champions, Winners and the published results of an edition.
 *
 * <p>Champions are the {@code championsPerCategory} nominees with the most valid votes. Ties at the cut
 * are shown, never hidden: every nominee with as many votes as the last Champion is a Champion too, so
 * a category may have more than N Champions ({@code tiedAtCut} marks them). Admins then select the
 * Winner among the Champions (exceptionally two).
 */
@Service
public class Results implements AuditSource {

    private final Editions editions;
    private final Nominations nominations;
    private final Tallies tallies;
    private final WinnerStore winners;

    private final BallotReview review;
    private final Clock clock;

    public Results(
            Editions editions,
            Nominations nominations,
            Tallies tallies,
            BallotReview review,
            WinnerStore winners,
            Clock clock) {
        this.editions = editions;
        this.nominations = nominations;
        this.tallies = tallies;
        this.review = review;
        this.winners = winners;
        this.clock = clock;
    }

    /**
     * One nominee's standing in its category: {@code votes} are the valid ones; {@code flagged} wait for
     * review and {@code voided} were voided by it (both for admins only).
     */
    public record Standing(
            String nominationId,
            String entryTitle,
            String organisation,
            long votes,
            long flagged,
            long voided,
            boolean champion,
            boolean tiedAtCut,
            boolean winner) {}

    public record CategoryStanding(int category, String title, List<Standing> nominees) {}

    /** Every category's nominees, most votes first, with Champions marked. */
    public List<CategoryStanding> standings(int year) {
        Edition edition = editions.get(year);
        Map<String, NomineeVotes> counted = tallies.votes(year, edition.rules().completeBallotRequired());
        Map<String, Long> votes = new java.util.HashMap<>();
        counted.forEach((nomination, v) -> votes.put(nomination, v.valid()));
        Set<String> selected = winners.winners(year);
        List<Nomination> nominees = nominations.list(year, null, NominationStatus.NOMINEE);
        List<CategoryStanding> categories = new ArrayList<>();
        for (PrizeCategory category : PrizeCategory.values()) {
            List<Nomination> inCategory = nominees.stream()
                    .filter(n -> n.state().category() == category)
                    .sorted(Comparator.comparing((Nomination n) -> -votes.getOrDefault(n.id(), 0L))
                            .thenComparing(n -> n.state().entryTitle()))
                    .toList();
            int n = edition.rules().championsPerCategory();
            long cut = inCategory.size() >= n
                    ? votes.getOrDefault(inCategory.get(n - 1).id(), 0L)
                    : -1;
            long atCut = inCategory.stream()
                    .filter(x -> votes.getOrDefault(x.id(), 0L) == cut)
                    .count();
            boolean tieAtCut = inCategory.size() > n
                    && votes.getOrDefault(inCategory.get(n).id(), 0L) == cut;
            List<Standing> standings = new ArrayList<>();
            for (int i = 0; i < inCategory.size(); i++) {
                Nomination nomination = inCategory.get(i);
                long v = votes.getOrDefault(nomination.id(), 0L);
                NomineeVotes all = counted.getOrDefault(nomination.id(), NomineeVotes.NONE);
                boolean champion = i < n || v == cut;
                standings.add(new Standing(
                        nomination.id(),
                        nomination.state().entryTitle(),
                        nomination.state().organisation(),
                        v,
                        all.flagged(),
                        all.voided(),
                        champion,
                        champion && tieAtCut && v == cut && atCut > 1,
                        selected.contains(nomination.id())));
            }
            categories.add(new CategoryStanding(category.number(), category.title(), standings));
        }
        return categories;
    }

    /** Admins select the Winner of a category among its Champions, once voting closed; one, exceptionally two. */
    public void selectWinners(int year, int categoryNumber, List<String> nominationIds, Admin by) {
        Edition edition = editions.get(year);
        edition.requirePhase(Phase.SELECTION, "Winners are selected");
        if (nominationIds.isEmpty() || nominationIds.size() > 2) {
            throw new PrizeRuleViolation("one-or-two-winners", "A category has one Winner, exceptionally two.");
        }
        CategoryStanding category = standings(year).stream()
                .filter(c -> c.category() == categoryNumber)
                .findFirst()
                .orElseThrow(() -> new PrizeRuleViolation("unknown-category", "There are 18 categories, 1 to 18."));
        for (String id : nominationIds) {
            boolean champion =
                    category.nominees().stream().anyMatch(s -> s.nominationId().equals(id) && s.champion());
            if (!champion) {
                throw new PrizeRuleViolation("not-a-champion", "The Winner is chosen among the category's Champions.");
            }
        }
        AuditLine selected = AuditLine.of(
                year,
                AdminAction.WINNERS_SELECTED,
                by,
                clock.instant(),
                "category " + categoryNumber,
                Map.of("category", String.valueOf(categoryNumber), "nominationIds", String.join(", ", nominationIds)));
        // The selection and its audit line in one write.
        winners.select(year, categoryNumber, nominationIds, selected);
    }

    @Override
    public List<AuditLine> auditOf(int edition) {
        return winners.auditOf(edition);
    }

    /**
     * Publishes the results: no flagged ballot may still wait for review, and every category with
     * nominees needs its Winner, still among its Champions (a review after the selection can change
     * them). Awards each Champion and
     * Winner (their events tell the owners), then moves the edition to {@code RESULTS_PUBLISHED}. Safe
     * to repeat after a crash halfway: a nomination already awarded is skipped.
     */
    public void publish(int year, long expectedVersion, Admin by) {
        Edition edition = editions.get(year);
        edition.requirePhase(Phase.SELECTION, "Results are published");
        long pending = review.pending(year);
        if (pending > 0) {
            throw new PrizeRuleViolation(
                    "flagged-ballots-pending",
                    "The ballots of " + pending + " flagged voters wait for review; accept or void them first.");
        }
        List<CategoryStanding> standings = standings(year);
        for (CategoryStanding category : standings) {
            if (!category.nominees().isEmpty() && category.nominees().stream().noneMatch(Standing::winner)) {
                throw new PrizeRuleViolation(
                        "winner-missing", "Select the Winner of category " + category.category() + " first.");
            }
            if (category.nominees().stream().anyMatch(s -> s.winner() && !s.champion())) {
                throw new PrizeRuleViolation(
                        "winner-not-champion",
                        "The Winner of category " + category.category()
                                + " is no longer among its Champions after the review; select again.");
            }
        }
        for (CategoryStanding category : standings) {
            for (Standing standing : category.nominees()) {
                if (!standing.champion()) {
                    continue;
                }
                Nomination nomination = nominations.get(standing.nominationId());
                if (nomination.state().award() == null) {
                    nominations.award(
                            nomination,
                            standing.winner() ? Nomination.Award.WINNER : Nomination.Award.CHAMPION,
                            standing.votes());
                }
            }
        }
        editions.advance(year, Phase.RESULTS_PUBLISHED, expectedVersion, by);
    }
}
