package org.wsis.prize.tally;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.wsis.prize.audit.AuditSource;
import org.wsis.prize.audit.domain.Admin;
import org.wsis.prize.audit.domain.AuditLine;
import org.wsis.prize.edition.Editions;
import org.wsis.prize.tally.domain.BallotStatus;
import org.wsis.prize.tally.domain.FlaggedVoter;
import org.wsis.prize.tally.domain.NomineeVotes;
import org.wsis.prize.tally.domain.ReviewDecision;
import org.wsis.prize.tally.domain.Suspicion;
import org.wsis.prize.tally.mongo.FlaggedVoters;
import org.wsis.servicekit.problem.RuleViolation;

/**
 * The admins' review of flagged ballots: the list of flagged voters with what they voted for, their
 * decisions (accept or void, one by one or in bulk), and the counts of flagged and voided ballots. A
 * decision is open from the vote until the results are published, and may be changed until then.
 */
@Service
public class BallotReview implements AuditSource {

    /** The most voters one bulk decision selects. */
    public static final int MAX_BULK = 5_000;

    public record Page(List<FlaggedVoter> voters, long total, int page, int size) {}

    /** What one voter's decision came to: the status now, or the refusal's code. */
    public record Outcome(
            String voterId,
            @Nullable BallotStatus status,
            @Nullable String refused) {}

    /**
     * Voters per review status and per reason (every listed voter), and ballots per counter (all
     * categories).
     */
    public record Summary(
            int edition, Map<BallotStatus, Long> voters, Map<Suspicion, Long> reasons, Map<String, Long> ballots) {}

    private final Tallies tallies;
    private final FlaggedVoters listing;
    private final Editions editions;

    private final Clock clock;

    BallotReview(Tallies tallies, FlaggedVoters listing, Editions editions, Clock clock) {
        this.tallies = tallies;
        this.listing = listing;
        this.editions = editions;
        this.clock = clock;
    }

    public Page flagged(
            int year,
            @Nullable BallotStatus status,
            @Nullable Suspicion reason,
            @Nullable String network,
            int page,
            int size) {
        editions.get(year);
        List<FlaggedVoter> voters = listing.find(year, status, reason, network, page, size).stream()
                .map(v -> v.withBallots(tallies.voter(year, v.voterId()).ballots()))
                .toList();
        return new Page(voters, listing.count(year, status, reason, network), page, size);
    }

    /** Decides the named voters. */
    public List<Outcome> decide(int year, BallotStatus decision, List<String> voterIds, Admin by) {
        return decide(year, decision, voterIds, decisionBy(by, "named"));
    }

    private ReviewDecision decisionBy(Admin by, String selection) {
        return new ReviewDecision(UUID.randomUUID().toString(), by, clock.instant(), selection);
    }

    private List<Outcome> decide(int year, BallotStatus decision, List<String> voterIds, ReviewDecision recorded) {
        editions.get(year).requireBallotReviewOpen();
        List<Outcome> outcomes = new ArrayList<>();
        for (String voterId : voterIds) {
            try {
                tallies.decide(year, voterId, decision, recorded);
                outcomes.add(new Outcome(voterId, decision, null));
            } catch (RuleViolation refused) {
                outcomes.add(new Outcome(voterId, null, refused.code()));
            }
        }
        return outcomes;
    }

    /** Decides every listed voter matching the filters (at most {@value #MAX_BULK} at a time). */
    public List<Outcome> decideMatching(
            int year,
            BallotStatus decision,
            @Nullable BallotStatus status,
            @Nullable Suspicion reason,
            @Nullable String network,
            Admin by) {
        editions.get(year).requireBallotReviewOpen();
        List<String> ids = listing.voterIds(year, status, reason, network);
        List<String> selection = new ArrayList<>();
        if (status != null) {
            selection.add("status=" + status);
        }
        if (reason != null) {
            selection.add("reason=" + reason);
        }
        if (network != null) {
            selection.add("network=" + network);
        }
        return decide(
                year,
                decision,
                ids.subList(0, Math.min(ids.size(), MAX_BULK)),
                decisionBy(by, selection.isEmpty() ? "all listed" : String.join(" ", selection)));
    }

    /** The decisions on an edition's voters, one line each, with how many voters each decided. */
    @Override
    public List<AuditLine> auditOf(int edition) {
        return listing.decisions(edition);
    }

    /** How many flagged voters still wait for a decision. */
    public long pending(int year) {
        return listing.count(year, BallotStatus.FLAGGED, null, null);
    }

    public Summary summary(int year) {
        editions.get(year);
        Map<BallotStatus, Long> voters = new EnumMap<>(BallotStatus.class);
        Map<Suspicion, Long> reasons = new EnumMap<>(Suspicion.class);
        for (BallotStatus s : List.of(BallotStatus.FLAGGED, BallotStatus.ACCEPTED, BallotStatus.VOIDED)) {
            voters.put(s, 0L);
        }
        for (Suspicion s : Suspicion.values()) {
            reasons.put(s, 0L);
        }
        for (FlaggedVoter listed : listing.all(year)) {
            voters.merge(listed.status(), 1L, Long::sum);
            listed.reasons().forEach(r -> reasons.merge(r, 1L, Long::sum));
        }
        Map<String, Long> ballots = new LinkedHashMap<>();
        long valid = 0;
        long flagged = 0;
        long voided = 0;
        for (NomineeVotes v : tallies.votes(year, false).values()) {
            valid += v.valid();
            flagged += v.flagged();
            voided += v.voided();
        }
        ballots.put("valid", valid);
        ballots.put("flagged", flagged);
        ballots.put("voided", voided);
        return new Summary(year, voters, reasons, ballots);
    }
}
