package org.wsis.prize.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.wsis.prize.audit.AuditSource;
import org.wsis.prize.audit.domain.Admin;
import org.wsis.prize.audit.domain.AdminAction;
import org.wsis.prize.audit.domain.AuditLine;
import org.wsis.prize.edition.Editions;
import org.wsis.prize.edition.domain.Phase;
import org.wsis.prize.edition.domain.PrizeRuleViolation;
import org.wsis.prize.nomination.Nominations;
import org.wsis.prize.nomination.domain.Nomination;
import org.wsis.prize.nomination.domain.NominationStatus;
import org.wsis.prize.review.domain.Conflict;
import org.wsis.prize.review.domain.ConflictOfInterest;
import org.wsis.prize.review.domain.EditionAssignment;
import org.wsis.prize.review.domain.Expert;
import org.wsis.prize.review.domain.Review;
import org.wsis.prize.review.domain.Scorecard;
import org.wsis.prize.review.domain.UnknownExpert;
import org.wsis.prize.review.mongo.ReviewStore;
import org.wsis.servicekit.problem.Refusal;

/**
 * Expert review. Admins assign known experts to categories; an expert scores each eligible nomination of
 * their categories once, or recuses themselves from it (conflict of interest). Their review is
 * final and exclusive ({@link ReviewStore} keeps one per nomination and expert). An expert sees other experts' scores of a nomination only after submitting their own.
 *
 * <p>An expert never scores their own nomination or their organisation's ({@link Conflict}): the
 * recusal is recorded on their behalf, with the conflict as its reason, when their worklist is built or
 * when they try to score it, whichever comes first; the same document id makes it once.
 */
@Service
public class ExpertReview implements AuditSource {

    private final ReviewStore store;
    private final Editions editions;
    private final Nominations nominations;
    private final ExpertDirectory directory;
    private final Clock clock;

    public ExpertReview(
            ReviewStore store, Editions editions, Nominations nominations, ExpertDirectory directory, Clock clock) {
        this.store = store;
        this.editions = editions;
        this.nominations = nominations;
        this.directory = directory;
        this.clock = clock;
    }

    public record Assignment(String expertId, Set<Integer> categories) {}

    public record Ranked(
            String nominationId,
            String entryTitle,
            String organisation,
            String status,
            double averageTotal,
            int scores,
            int recusals) {}

    /**
     * Assigns a known expert to categories, until the expert review ends; replaces their categories. The
     * assignment and its audit line are one write.
     */
    public Assignment assign(int year, String expertId, Set<Integer> categories, Admin by) {
        editions.get(year).requireExpertAssignmentOpen();
        if (!directory.knows(expertId)) {
            throw new UnknownExpert(expertId);
        }
        List<Integer> sorted = categories.stream().sorted().toList();
        AuditLine assigned = AuditLine.of(
                year,
                AdminAction.EXPERT_ASSIGNED,
                by,
                clock.instant(),
                expertId,
                Map.of(
                        "categories",
                        String.join(", ", sorted.stream().map(String::valueOf).toList())));
        store.assign(year, expertId, sorted, assigned);
        return new Assignment(expertId, Set.copyOf(categories));
    }

    @Override
    public List<AuditLine> auditOf(int edition) {
        return store.auditOf(edition);
    }

    public Set<Integer> categoriesOf(int year, String expertId) {
        return store.categoriesOf(year, expertId);
    }

    /**
     * The eligible nominations an expert reviews, with what they did about each; those they may not review
     * are recused on their behalf here.
     */
    public List<Review> worklist(int year, Expert expert) {
        directory.seen(expert);
        Set<Integer> categories = categoriesOf(year, expert.userId());
        List<Review> reviews = new ArrayList<>();
        for (Nomination n : nominations.list(year, null, NominationStatus.ELIGIBLE)) {
            if (categories.contains(n.state().category().number())) {
                Review review = own(n.id(), expert.userId());
                Conflict conflict = conflictOf(n, expert);
                if (review.scores() == null && !review.recused() && conflict != null) {
                    recuseForConflict(n, expert, conflict);
                    review = own(n.id(), expert.userId());
                }
                reviews.add(review);
            }
        }
        return reviews;
    }

    public Review score(String nominationId, Expert expert, Scorecard card) {
        Nomination nomination = reviewable(nominationId, expert.userId());
        Conflict conflict = conflictOf(nomination, expert);
        if (conflict != null) {
            recuseForConflict(nomination, expert, conflict);
            throw new ConflictOfInterest(conflict);
        }
        String expertId = expert.userId();
        if (!store.scored(nominationId, nomination.state().edition(), expertId, card, clock.instant())) {
            throw alreadyReviewed();
        }
        return own(nominationId, expertId);
    }

    public Review recuse(String nominationId, Expert expert, String reason) {
        Nomination nomination = reviewable(nominationId, expert.userId());
        if (!store.recused(
                nominationId, nomination.state().edition(), expert.userId(), reason.strip(), null, clock.instant())) {
            throw alreadyReviewed();
        }
        return own(nominationId, expert.userId());
    }

    private static @Nullable Conflict conflictOf(Nomination nomination, Expert expert) {
        return Conflict.between(
                        expert,
                        nomination.state().owner().userId(),
                        nomination.state().organisation())
                .orElse(null);
    }

    /** Records the recusal the conflict calls for; a review already there (a repeat) is left as it is. */
    private void recuseForConflict(Nomination nomination, Expert expert, Conflict conflict) {
        // false: recorded before, by a worklist or an earlier attempt.
        store.recused(
                nomination.id(),
                nomination.state().edition(),
                expert.userId(),
                conflict.reason(),
                conflict,
                clock.instant());
    }

    private static PrizeRuleViolation alreadyReviewed() {
        return new PrizeRuleViolation(
                "already-reviewed", "You already scored this nomination or recused yourself; that is final.");
    }

    /** The expert's assignments in every edition, for their export. */
    public List<EditionAssignment> assignmentsOf(String expertId) {
        return store.assignmentsOf(expertId);
    }

    /** Every review the expert gave or was recused from, for their export. */
    public List<Review> reviewsBy(String expertId) {
        return store.by(expertId);
    }

    /**
     * The expert erased their account. Their reviews stay, under their pseudonym, so that the rankings
     * admins shortlisted from stay as they were: scores, comment and recusals are the review's record,
     * not the person's. Their assignments pass to the pseudonym too, with their audit lines (which name
     * the expert as what was acted on; the admin who acted stays named). Each document is copied under
     * its new id before the old one goes, so an interrupted erasure finishes by running again, and a
     * second run finds nothing named by the account.
     */
    public void expertErased(String expertId, String pseudonym) {
        store.passToPseudonym(expertId, pseudonym);
    }

    /** Every expert's review of a nomination: for admins, or for an expert who has scored it. */
    public List<Review> reviewsOf(String nominationId, String callerId, boolean admin) {
        if (!admin) {
            Review mine = own(nominationId, callerId);
            if (mine.scores() == null) {
                throw Refusal.notPermitted("Submit your own scores first; then you see the other experts'.");
            }
        }
        return store.of(nominationId);
    }

    /** Eligible nominations of a category by the experts' average total, for shortlisting. */
    public List<Ranked> ranking(int year, int category) {
        List<Ranked> ranked = new ArrayList<>();
        for (Nomination n : nominations.list(year, category, null)) {
            if (n.state().status() != NominationStatus.ELIGIBLE && n.state().status() != NominationStatus.NOMINEE) {
                continue;
            }
            List<Review> reviews = store.of(n.id());
            List<Integer> totals = reviews.stream()
                    .filter(r -> !r.recused())
                    .map(Review::total)
                    .toList();
            ranked.add(new Ranked(
                    n.id(),
                    n.state().entryTitle(),
                    n.state().organisation(),
                    n.state().status().name(),
                    totals.stream().mapToInt(Integer::intValue).average().orElse(0),
                    totals.size(),
                    reviews.size() - totals.size()));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::averageTotal).reversed().thenComparing(Ranked::entryTitle));
        return ranked;
    }

    private Nomination reviewable(String nominationId, String expertId) {
        Nomination nomination = nominations.get(nominationId);
        editions.get(nomination.state().edition()).requirePhase(Phase.EXPERT_REVIEW, "Experts score");
        if (!categoriesOf(nomination.state().edition(), expertId)
                .contains(nomination.state().category().number())) {
            throw Refusal.notPermitted("You are not assigned to category "
                    + nomination.state().category().number() + ".");
        }
        if (nomination.state().status() != NominationStatus.ELIGIBLE) {
            throw new PrizeRuleViolation("not-eligible", "Only eligible nominations are scored.");
        }
        return nomination;
    }

    private Review own(String nominationId, String expertId) {
        return store.own(nominationId, expertId);
    }
}
