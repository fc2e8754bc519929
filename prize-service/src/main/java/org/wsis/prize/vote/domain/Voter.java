package org.wsis.prize.vote.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.ballot.BallotCast;
import org.wsis.contracts.ballot.BallotCompleted;
import org.wsis.contracts.ballot.BallotEvent;
import org.wsis.contracts.prize.PrizeCategory;
import org.wsis.prize.edition.domain.PrizeRuleViolation;

/**
 * One person's votes in one edition: at most one per category, final once cast. Each vote leaves as a
 * {@link BallotCast}; the vote in the last missing category also completes the ballot.
 */
public final class Voter {

    /**
     * Who voted and where from: the network, mail domain and account age for the counting side's checks
     * (the account's age may be unknown), and the voter's address for announcements to voters.
     */
    public record Signals(
            String clientNetwork,
            String emailDomain,
            @Nullable Instant accountCreatedAt,
            Recipient voter) {}

    private final String id;
    private final int edition;
    private final String voterId;
    private final Map<Integer, String> votes;
    private final @Nullable Long version;
    private final List<BallotEvent> pendingEvents = new ArrayList<>();

    private Voter(int edition, String voterId, Map<Integer, String> votes, @Nullable Long version) {
        this.id = idFor(edition, voterId);
        this.edition = edition;
        this.voterId = voterId;
        this.votes = new TreeMap<>(votes);
        this.version = version;
    }

    public static String idFor(int edition, String voterId) {
        return edition + ":" + voterId;
    }

    public static Voter first(int edition, String voterId) {
        return new Voter(edition, voterId, Map.of(), null);
    }

    public static Voter restore(int edition, String voterId, Map<Integer, String> votes, @Nullable Long version) {
        return new Voter(edition, voterId, votes, version);
    }

    /** Casts the vote in {@code category}; refuses a second vote in the same category. */
    public String vote(PrizeCategory category, String nominationId, Signals signals, Instant now) {
        if (votes.containsKey(category.number())) {
            throw new PrizeRuleViolation(
                    "already-voted", "You already voted in category " + category.number() + "; votes are final.");
        }
        votes.put(category.number(), nominationId);
        String ballotId = edition + ":" + category.number() + ":" + voterId;
        pendingEvents.add(new BallotCast(
                UUID.randomUUID(),
                now,
                ballotId,
                edition,
                category.number(),
                nominationId,
                voterId,
                signals.clientNetwork(),
                signals.emailDomain(),
                signals.accountCreatedAt(),
                signals.voter()));
        if (votes.size() == PrizeCategory.COUNT) {
            pendingEvents.add(
                    new BallotCompleted(UUID.randomUUID(), now, edition, voterId, List.copyOf(votes.values())));
        }
        return ballotId;
    }

    public String id() {
        return id;
    }

    public int edition() {
        return edition;
    }

    public String voterId() {
        return voterId;
    }

    /** Category number to the nomination voted for. */
    public Map<Integer, String> votes() {
        return Map.copyOf(votes);
    }

    public @Nullable Long version() {
        return version;
    }

    public List<BallotEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }
}
