package org.wsis.prize.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.wsis.prize.audit.AuditSource;
import org.wsis.prize.audit.domain.Admin;
import org.wsis.prize.audit.domain.AdminAction;
import org.wsis.prize.audit.domain.AuditLine;
import org.wsis.prize.audit.mongo.AuditDocuments;
import org.wsis.prize.edition.Editions;
import org.wsis.prize.edition.domain.Phase;
import org.wsis.prize.edition.domain.PrizeRuleViolation;
import org.wsis.prize.nomination.Nominations;
import org.wsis.prize.nomination.domain.Nomination;
import org.wsis.prize.nomination.domain.NominationStatus;
import org.wsis.prize.review.domain.Conflict;
import org.wsis.prize.review.domain.ConflictOfInterest;
import org.wsis.prize.review.domain.Criterion;
import org.wsis.prize.review.domain.Expert;
import org.wsis.prize.review.domain.Scorecard;
import org.wsis.prize.review.domain.UnknownExpert;
import org.wsis.servicekit.problem.Refusal;

/**
 * Expert review. Admins assign known experts to categories; an expert scores each eligible nomination of
 * their categories once, or recuses themselves from it (conflict of interest). One document per
 * nomination and expert in {@value #SCORES} ({@code _id} = nomination + expert) makes both final and
 * exclusive. An expert sees other experts' scores of a nomination only after submitting their own.
 *
 * <p>An expert never scores their own nomination or their organisation's ({@link Conflict}): the
 * recusal is recorded on their behalf, with the conflict as its reason, when their worklist is built or
 * when they try to score it, whichever comes first; the same document id makes it once.
 */
@Service
public class ExpertReview implements AuditSource {

    public static final String ASSIGNMENTS = "expert_assignments";
    public static final String SCORES = "expert_scores";

    private final MongoOperations mongo;
    private final Editions editions;
    private final Nominations nominations;
    private final ExpertDirectory directory;
    private final Clock clock;

    public ExpertReview(
            MongoOperations mongo, Editions editions, Nominations nominations, ExpertDirectory directory, Clock clock) {
        this.mongo = mongo;
        this.editions = editions;
        this.nominations = nominations;
        this.directory = directory;
        this.clock = clock;
    }

    public record Assignment(String expertId, Set<Integer> categories) {}

    public record Review(
            String nominationId,
            String expertId,
            @Nullable Map<Criterion, Integer> scores,
            @Nullable Integer total,
            @Nullable String comment,
            boolean recused,
            @Nullable String recusalReason,
            @Nullable Conflict conflict) {}

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
        mongo.upsert(
                Query.query(Criteria.where("_id").is(year + ":" + expertId)),
                new Update()
                        .set("edition", year)
                        .set("expertId", expertId)
                        .set("categories", sorted)
                        .push(AuditDocuments.FIELD, AuditDocuments.toDocument(assigned)),
                ASSIGNMENTS);
        return new Assignment(expertId, Set.copyOf(categories));
    }

    @Override
    public List<AuditLine> auditOf(int edition) {
        List<AuditLine> lines = new ArrayList<>();
        mongo.find(Query.query(Criteria.where("edition").is(edition)), Document.class, ASSIGNMENTS)
                .forEach(d -> lines.addAll(AuditDocuments.linesOf(edition, d)));
        return lines;
    }

    public Set<Integer> categoriesOf(int year, String expertId) {
        Document d = mongo.findById(year + ":" + expertId, Document.class, ASSIGNMENTS);
        return d == null ? Set.of() : new HashSet<>(d.getList("categories", Integer.class));
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
        Document scores = new Document();
        card.scores().forEach((criterion, score) -> scores.append(criterion.name(), score));
        insert(
                nomination,
                expertId,
                new Document("scores", scores)
                        .append("total", card.total())
                        .append("comment", card.comment())
                        .append("recused", false));
        return own(nominationId, expertId);
    }

    public Review recuse(String nominationId, Expert expert, String reason) {
        Nomination nomination = reviewable(nominationId, expert.userId());
        insert(nomination, expert.userId(), new Document("recused", true).append("recusalReason", reason.strip()));
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
        try {
            insert(
                    nomination,
                    expert.userId(),
                    new Document("recused", true)
                            .append("recusalReason", conflict.reason())
                            .append("conflict", conflict.name())
                            .append("recordedBy", "system"));
        } catch (PrizeRuleViolation alreadyReviewed) {
            // Recorded before, by a worklist or an earlier attempt.
        }
    }

    /** An expert's categories in one edition. */
    public record EditionAssignment(int edition, List<Integer> categories) {}

    /** The expert's assignments in every edition, for their export. */
    public List<EditionAssignment> assignmentsOf(String expertId) {
        Query query = Query.query(Criteria.where("expertId").is(expertId));
        query.fields().include("edition").include("categories");
        return mongo.find(query, Document.class, ASSIGNMENTS).stream()
                .map(d -> new EditionAssignment(d.getInteger("edition"), d.getList("categories", Integer.class)))
                .sorted(java.util.Comparator.comparingInt(EditionAssignment::edition))
                .toList();
    }

    /** Every review the expert gave or was recused from, for their export. */
    public List<Review> reviewsBy(String expertId) {
        return mongo.find(Query.query(Criteria.where("expertId").is(expertId)), Document.class, SCORES).stream()
                .map(ExpertReview::toReview)
                .toList();
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
        for (Document review :
                mongo.find(Query.query(Criteria.where("expertId").is(expertId)), Document.class, SCORES)) {
            Document moved = new Document(review)
                    .append("_id", review.getString("nominationId") + ":" + pseudonym)
                    .append("expertId", pseudonym);
            copyThenRemove(moved, review, SCORES);
        }
        for (Document assignment :
                mongo.find(Query.query(Criteria.where("expertId").is(expertId)), Document.class, ASSIGNMENTS)) {
            Document moved = new Document(assignment)
                    .append("_id", assignment.getInteger("edition") + ":" + pseudonym)
                    .append("expertId", pseudonym);
            List<Document> audit = new ArrayList<>();
            for (Document line : assignment.getList(AuditDocuments.FIELD, Document.class, List.of())) {
                Document renamed = new Document(line);
                renamed.replaceAll((field, value) -> expertId.equals(value) ? pseudonym : value);
                audit.add(renamed);
            }
            moved.append(AuditDocuments.FIELD, audit);
            copyThenRemove(moved, assignment, ASSIGNMENTS);
        }
    }

    private void copyThenRemove(Document copy, Document original, String collection) {
        try {
            mongo.insert(copy, collection);
        } catch (DuplicateKeyException copiedBefore) {
            // An erasure interrupted after the copy.
        }
        mongo.remove(Query.query(Criteria.where("_id").is(original.get("_id"))), collection);
    }

    /** Every expert's review of a nomination: for admins, or for an expert who has scored it. */
    public List<Review> reviewsOf(String nominationId, String callerId, boolean admin) {
        if (!admin) {
            Review mine = own(nominationId, callerId);
            if (mine.scores() == null) {
                throw Refusal.notPermitted("Submit your own scores first; then you see the other experts'.");
            }
        }
        return mongo.find(Query.query(Criteria.where("nominationId").is(nominationId)), Document.class, SCORES).stream()
                .map(ExpertReview::toReview)
                .toList();
    }

    /** Eligible nominations of a category by the experts' average total, for shortlisting. */
    public List<Ranked> ranking(int year, int category) {
        List<Ranked> ranked = new ArrayList<>();
        for (Nomination n : nominations.list(year, category, null)) {
            if (n.state().status() != NominationStatus.ELIGIBLE && n.state().status() != NominationStatus.NOMINEE) {
                continue;
            }
            List<Document> reviews =
                    mongo.find(Query.query(Criteria.where("nominationId").is(n.id())), Document.class, SCORES);
            List<Integer> totals = reviews.stream()
                    .filter(r -> !r.getBoolean("recused", false))
                    .map(r -> r.getInteger("total"))
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

    private void insert(Nomination nomination, String expertId, Document review) {
        try {
            mongo.insert(
                    review.append("_id", nomination.id() + ":" + expertId)
                            .append("nominationId", nomination.id())
                            .append("edition", nomination.state().edition())
                            .append("expertId", expertId)
                            .append("at", java.util.Date.from(clock.instant())),
                    SCORES);
        } catch (DuplicateKeyException done) {
            throw new PrizeRuleViolation(
                    "already-reviewed", "You already scored this nomination or recused yourself; that is final.");
        }
    }

    private Review own(String nominationId, String expertId) {
        Document d = mongo.findById(nominationId + ":" + expertId, Document.class, SCORES);
        return d == null ? new Review(nominationId, expertId, null, null, null, false, null, null) : toReview(d);
    }

    private static Review toReview(Document d) {
        boolean recused = d.getBoolean("recused", false);
        Map<Criterion, Integer> scores = null;
        if (!recused) {
            scores = new EnumMap<>(Criterion.class);
            Map<Criterion, Integer> s = scores;
            d.get("scores", Document.class).forEach((k, v) -> s.put(Criterion.valueOf(k), (Integer) v));
        }
        return new Review(
                d.getString("nominationId"),
                d.getString("expertId"),
                scores,
                recused ? null : d.getInteger("total"),
                d.getString("comment"),
                recused,
                d.getString("recusalReason"),
                d.getString("conflict") == null ? null : Conflict.valueOf(d.getString("conflict")));
    }
}
