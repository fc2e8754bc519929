package org.wsis.prize.nomination.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.account.AccountErased.EntriesChoice;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.contracts.prize.NominationScreened;
import org.wsis.contracts.prize.NominationSubmitted;
import org.wsis.contracts.prize.NomineeShortlisted;
import org.wsis.contracts.prize.PrizeAwarded;
import org.wsis.contracts.prize.PrizeCategory;
import org.wsis.contracts.prize.PrizeEvent;
import org.wsis.prize.edition.domain.PrizeRuleViolation;

/**
 * A published entry nominated in one category of one edition. Its id is {@code <year>:<entryId>}, so an
 * entry is nominated at most once per edition.
 */
public final class Nomination {

    /** The awards results give. */
    public enum Award {
        CHAMPION,
        WINNER
    }

    /** What a nomination holds, for storing and restoring it. */
    public record State(
            String id,
            int edition,
            PrizeCategory category,
            String entryId,
            String entryTitle,
            String organisation,
            Recipient owner,
            NominationStatus status,
            @Nullable String reasonCode,
            @Nullable String message,
            @Nullable Award award,
            Instant createdAt,
            @Nullable Long version) {}

    private State state;
    private final List<PrizeEvent> pendingEvents = new ArrayList<>();

    private Nomination(State state) {
        this.state = state;
    }

    public static String idFor(int edition, String entryId) {
        return edition + ":" + entryId;
    }

    public static Nomination submit(
            int edition,
            PrizeCategory category,
            String entryId,
            String entryTitle,
            String organisation,
            Recipient owner,
            Instant now) {
        Nomination nomination = new Nomination(new State(
                idFor(edition, entryId),
                edition,
                category,
                entryId,
                entryTitle,
                organisation,
                owner,
                NominationStatus.SCREENING,
                null,
                null,
                null,
                now,
                null));
        nomination.pendingEvents.add(new NominationSubmitted(
                UUID.randomUUID(),
                now,
                nomination.id(),
                edition,
                category.number(),
                entryId,
                entryTitle,
                organisation,
                owner));
        return nomination;
    }

    public static Nomination restore(State state) {
        return new Nomination(state);
    }

    /** Applies the screening decision; false, changing nothing, unless the nomination waits for one. */
    public boolean screen(ModerationDecided decision, Instant now) {
        if (state.status() != NominationStatus.SCREENING) {
            return false;
        }
        boolean eligible = decision.decision() == ModerationDecided.Decision.APPROVED;
        state = with(
                eligible ? NominationStatus.ELIGIBLE : NominationStatus.INELIGIBLE,
                decision.reasonCode(),
                eligible ? null : decision.messageToAuthor(),
                null);
        pendingEvents.add(new NominationScreened(
                UUID.randomUUID(),
                now,
                id(),
                state.edition(),
                state.category().number(),
                state.entryTitle(),
                eligible,
                decision.reasonCode(),
                state.message(),
                state.owner()));
        return true;
    }

    /** Admins shortlist an eligible nomination: it becomes a nominee. */
    public void shortlist(Instant now) {
        if (state.status() != NominationStatus.ELIGIBLE) {
            throw new PrizeRuleViolation(
                    "not-eligible",
                    "Only an eligible nomination can be shortlisted; this one is " + state.status() + ".");
        }
        state = with(NominationStatus.NOMINEE, state.reasonCode(), state.message(), null);
        pendingEvents.add(new NomineeShortlisted(
                UUID.randomUUID(),
                now,
                id(),
                state.edition(),
                state.category().number(),
                state.entryTitle(),
                state.owner()));
    }

    /** Results name this nominee; a Winner is announced as Champion and as Winner. */
    public void award(Award award, long votes, Instant now) {
        if (state.status() != NominationStatus.NOMINEE) {
            throw new PrizeRuleViolation("not-a-nominee", "Only a nominee can be awarded.");
        }
        state = with(state.status(), state.reasonCode(), state.message(), award);
        pendingEvents.add(prizeAwarded(Award.CHAMPION, votes, now));
        if (award == Award.WINNER) {
            pendingEvents.add(prizeAwarded(Award.WINNER, votes, now));
        }
    }

    /**
     * The owner erased their account. A transfer gives the nomination to {@code receiver}, who owns it from
     * then on as it stands; a withdrawal leaves it to {@code anonymous} and takes it out of the competition,
     * unless results already named it (an award given is part of the public record and stays, without
     * its owner). Returns false, changing nothing, when {@code accountId} does not own it (a second
     * delivery of the erasure finds the nomination already passed on).
     */
    public boolean ownerErased(
            String accountId, EntriesChoice choice, @Nullable Recipient receiver, Recipient anonymous) {
        if (!state.owner().userId().equals(accountId)) {
            return false;
        }
        if (choice == EntriesChoice.TRANSFER) {
            if (receiver == null) {
                throw new IllegalArgumentException("A transfer names its receiver");
            }
            state = withOwner(receiver, state.status());
        } else {
            state = withOwner(anonymous, state.award() == null ? NominationStatus.WITHDRAWN : state.status());
        }
        return true;
    }

    private State withOwner(Recipient owner, NominationStatus status) {
        return new State(
                state.id(),
                state.edition(),
                state.category(),
                state.entryId(),
                state.entryTitle(),
                state.organisation(),
                owner,
                status,
                state.reasonCode(),
                state.message(),
                state.award(),
                state.createdAt(),
                state.version());
    }

    private PrizeAwarded prizeAwarded(Award award, long votes, Instant now) {
        return new PrizeAwarded(
                UUID.randomUUID(),
                now,
                id(),
                state.edition(),
                state.category().number(),
                state.entryTitle(),
                award.name(),
                votes,
                state.owner());
    }

    private State with(
            NominationStatus status, @Nullable String reasonCode, @Nullable String message, @Nullable Award award) {
        return new State(
                state.id(),
                state.edition(),
                state.category(),
                state.entryId(),
                state.entryTitle(),
                state.organisation(),
                state.owner(),
                status,
                reasonCode,
                message,
                award,
                state.createdAt(),
                state.version());
    }

    public String id() {
        return state.id();
    }

    public State state() {
        return state;
    }

    public List<PrizeEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }
}
