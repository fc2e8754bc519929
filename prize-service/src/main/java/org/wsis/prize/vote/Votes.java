package org.wsis.prize.vote;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.wsis.contracts.prize.PrizeCategory;
import org.wsis.prize.edition.Editions;
import org.wsis.prize.edition.domain.Edition;
import org.wsis.prize.edition.domain.Phase;
import org.wsis.prize.edition.domain.PrizeRuleViolation;
import org.wsis.prize.nomination.Nominations;
import org.wsis.prize.nomination.domain.Nomination;
import org.wsis.prize.nomination.domain.NominationStatus;
import org.wsis.prize.vote.domain.Voter;
import org.wsis.prize.vote.mongo.VoterStore;
import org.wsis.servicekit.privacy.ErasedAccounts;
import org.wsis.servicekit.problem.Refusal;

/**
 * Casting votes. A vote is one conditional write of the voter's document (their votes and the ballot
 * event in its outbox), so a vote is never lost once accepted, and two simultaneous clicks in one
 * category cannot both pass; the outbox relay hands the ballot to {@code wsis.ballot.v1}, and counting
 * happens downstream.
 */
@Service
public class Votes {

    /** What a voter sees of their progress. */
    public record Progress(int edition, Map<Integer, String> votes, int voted, int of) {}

    /** An accepted vote: its ballot and the voter's progress after it. */
    public record Accepted(String ballotId, Progress progress) {}

    private final VoterStore store;
    private final Editions editions;
    private final Nominations nominations;
    private final ErasedAccounts erased;
    private final Clock clock;
    private final Duration editionCacheTtl;
    private final Map<Integer, CachedEdition> cache = new ConcurrentHashMap<>();

    private record CachedEdition(Edition edition, Map<String, Integer> nomineeCategories, Instant loadedAt) {}

    public Votes(
            VoterStore store,
            Editions editions,
            Nominations nominations,
            ErasedAccounts erased,
            Clock clock,
            VoteSettings settings) {
        this.erased = erased;
        this.store = store;
        this.editions = editions;
        this.nominations = nominations;
        this.clock = clock;
        this.editionCacheTtl = settings.editionCache();
    }

    /**
     * Refuses an account that was erased: a token issued before the erasure is still valid for a few
     * minutes, and casts nothing. Asked before the vote is counted against the rate limits, so that the
     * attempt leaves no window naming the account either.
     */
    public void refuseErased(String voterId) {
        if (erased.isErased(voterId)) {
            throw new PrizeRuleViolation("account-erased", "This account was erased; it casts no votes.");
        }
    }

    /** Casts one vote (of an account not erased: see {@link #refuseErased}); returns its ballot and the voter's progress, as saved. */
    public Accepted vote(int year, String voterId, int categoryNumber, String nominationId, Voter.Signals signals) {
        CachedEdition edition = edition(year);
        edition.edition().requirePhase(Phase.VOTING, "Votes are accepted");
        PrizeCategory category = PrizeCategory.byNumber(categoryNumber)
                .orElseThrow(() -> new PrizeRuleViolation("unknown-category", "There are 18 categories, 1 to 18."));
        Integer nomineeCategory = edition.nomineeCategories().get(nominationId);
        if (nomineeCategory == null || nomineeCategory != category.number()) {
            throw new PrizeRuleViolation(
                    "not-a-nominee", "Vote for one of the nominees listed in category " + category.number() + ".");
        }
        for (int attempt = 0; ; attempt++) {
            Voter voter = store.load(year, voterId);
            String ballotId = voter.vote(category, nominationId, signals, clock.instant());
            if (store.save(voter)) {
                return new Accepted(ballotId, progressOf(voter));
            }
            // Another vote of the same person landed first: reload and apply the rules again.
            if (attempt >= 5) {
                throw Refusal.conflict("try-again", "Your votes are being saved; try again.");
            }
        }
    }

    public Progress progress(int year, String voterId) {
        return progressOf(store.load(year, voterId));
    }

    /** The person's votes in every edition they voted in, for their export. */
    public List<Progress> allOf(String voterId) {
        return store.editionsOf(voterId).stream()
                .map(edition -> progressOf(store.load(edition, voterId)))
                .toList();
    }

    /**
     * The voter erased their account: their voter documents go (their ballots stay counted, under their
     * pseudonym, on the counting side; an erased account casts no more votes, so nothing needs to know
     * which categories it voted in). A document whose ballots are still waiting in its outbox is left
     * for the relay to empty first, and the erasure fails so that it is tried again: removing it would
     * lose those ballots. Each document is removed at the version it was read at, so a vote landing
     * meanwhile is not lost either (see {@link VoterStore#erase}). Returns the editions the person voted in.
     */
    public java.util.Set<Integer> erase(String voterId) {
        return store.erase(voterId);
    }

    private static Progress progressOf(Voter voter) {
        return new Progress(voter.edition(), voter.votes(), voter.votes().size(), PrizeCategory.COUNT);
    }

    /**
     * The edition and its nominees, re-read at most every {@code wsis.prize.edition-cache} (1 s): the
     * hottest path of the busiest month reads no nomination from the database. Nominees do not change
     * during voting; a phase change is seen within that second.
     */
    private CachedEdition edition(int year) {
        Instant now = clock.instant();
        CachedEdition cached = cache.get(year);
        if (cached != null && cached.loadedAt().plus(editionCacheTtl).isAfter(now)) {
            return cached;
        }
        Edition edition = editions.get(year);
        Map<String, Integer> nominees = new HashMap<>();
        if (cached != null && cached.edition().phase() == edition.phase() && edition.phase() == Phase.VOTING) {
            nominees.putAll(cached.nomineeCategories());
        } else {
            List<Nomination> list = nominations.list(year, null, NominationStatus.NOMINEE);
            list.forEach(n -> nominees.put(n.id(), n.state().category().number()));
        }
        CachedEdition fresh = new CachedEdition(edition, Map.copyOf(nominees), now);
        cache.put(year, fresh);
        return fresh;
    }
}
