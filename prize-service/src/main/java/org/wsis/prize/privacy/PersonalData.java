package org.wsis.prize.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.account.AccountErased;
import org.wsis.prize.edition.Editions;
import org.wsis.prize.eligibility.EligibleEntries;
import org.wsis.prize.nomination.Nominations;
import org.wsis.prize.nomination.domain.Nomination;
import org.wsis.prize.review.ExpertDirectory;
import org.wsis.prize.review.ExpertReview;
import org.wsis.prize.review.domain.EditionAssignment;
import org.wsis.prize.review.domain.KnownExpert;
import org.wsis.prize.review.domain.Review;
import org.wsis.prize.tally.PrizePseudonyms;
import org.wsis.prize.tally.Tallies;
import org.wsis.prize.vote.VoteRateLimits;
import org.wsis.prize.vote.Votes;

/**
 * What the prize service holds about a person: their nominations, their votes and, for an expert, their
 * record, assignments and reviews. They can read it all; it goes, or stops naming them, when they erase
 * their account.
 */
@Service
public class PersonalData {

    /** A nomination of the person, as they may see it. */
    public record OwnNomination(
            String id,
            int edition,
            int category,
            String entryId,
            String entryTitle,
            String organisation,
            String status,
            @Nullable String message,
            @Nullable String award,
            Instant createdAt) {}

    /** What the service knows of the person as an expert; absent for anyone who never opened the review page. */
    public record AsExpert(@Nullable KnownExpert record, List<EditionAssignment> assignments, List<Review> reviews) {}

    /**
     * Everything this service holds about one person. Votes are as they cast them (category to
     * nomination, per edition); how the counting side judged their ballots is not said, as a voter is
     * never told whether their ballots wait for review (ADR 0006).
     */
    public record Export(
            List<OwnNomination> nominations,
            List<Votes.Progress> votes,
            @Nullable AsExpert expert) {}

    private final EligibleEntries entries;
    private final Nominations nominations;
    private final Votes votes;
    private final Tallies tallies;
    private final VoteRateLimits limits;
    private final ExpertDirectory experts;
    private final ExpertReview review;
    private final Editions editions;
    private final PrizePseudonyms pseudonyms;

    public PersonalData(
            EligibleEntries entries,
            Nominations nominations,
            Votes votes,
            Tallies tallies,
            VoteRateLimits limits,
            ExpertDirectory experts,
            ExpertReview review,
            Editions editions,
            PrizePseudonyms pseudonyms) {
        this.entries = entries;
        this.nominations = nominations;
        this.votes = votes;
        this.tallies = tallies;
        this.limits = limits;
        this.experts = experts;
        this.review = review;
        this.editions = editions;
        this.pseudonyms = pseudonyms;
    }

    public Export of(String userId) {
        List<EditionAssignment> assignments = review.assignmentsOf(userId);
        List<Review> reviews = review.reviewsBy(userId);
        KnownExpert record = experts.recordOf(userId).orElse(null);
        AsExpert expert = record == null && assignments.isEmpty() && reviews.isEmpty()
                ? null
                : new AsExpert(record, assignments, reviews);
        return new Export(
                nominations.ownedBy(userId).stream().map(PersonalData::own).toList(), votes.allOf(userId), expert);
    }

    /**
     * The person erased their account. The erasure is recorded first, so that from then on a late ballot
     * of theirs counts under their pseudonym and a still-valid token casts nothing. Their nominations pass
     * to whoever received their entries, or are withdrawn; their ballots keep counting exactly as before,
     * under the pseudonym, and so do the review of suspicious ballots and the networks' windows, without
     * their network, mail domain or account age; their voter documents and rate-limit windows go; as an
     * expert they are known no more, and their reviews stay under the pseudonym. Every step finds what it
     * changes by the account, so a second delivery, or the erasure of someone this service never saw,
     * changes nothing.
     */
    public void on(AccountErased event) {
        String accountId = event.accountId();
        String pseudonym = pseudonyms.of(accountId);
        pseudonyms.record(accountId);
        entries.ownerErased(
                accountId,
                event.transferTo() == null ? null : event.transferTo().userId());
        nominations.ownerErased(event, new Recipient(pseudonym, "", "", null));
        Set<Integer> years = new TreeSet<>();
        editions.all().forEach(e -> years.add(e.year()));
        tallies.erase(accountId, pseudonym, years);
        votes.erase(accountId);
        limits.erase(accountId);
        experts.erase(accountId);
        review.expertErased(accountId, pseudonym);
    }

    private static OwnNomination own(Nomination nomination) {
        Nomination.State s = nomination.state();
        return new OwnNomination(
                s.id(),
                s.edition(),
                s.category().number(),
                s.entryId(),
                s.entryTitle(),
                s.organisation(),
                s.status().name(),
                s.message(),
                s.award() == null ? null : s.award().name(),
                s.createdAt());
    }
}
