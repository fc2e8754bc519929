package org.wsis.prize.nomination.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.account.AccountErased.EntriesChoice;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.contracts.prize.NominationScreened;
import org.wsis.contracts.prize.NominationSubmitted;
import org.wsis.contracts.prize.NomineeShortlisted;
import org.wsis.contracts.prize.PrizeAwarded;
import org.wsis.contracts.prize.PrizeCategory;
import org.wsis.prize.edition.domain.PrizeRuleViolation;

class NominationTest {

    private static final Instant NOW = Instant.parse("2027-02-01T09:00:00Z");
    private static final Recipient OWNER = new Recipient("owner-1", "owner@example.org", "Owner", "en");
    private static final Recipient ANONYMOUS = new Recipient("erased-1", "", "A former stakeholder", null);

    private static Nomination submitted() {
        return Nomination.submit(
                2027, PrizeCategory.byNumber(3).orElseThrow(), "entry-1", "Rural broadband", "Acme", OWNER, NOW);
    }

    private static ModerationDecided decision(ModerationDecided.Decision decision, String message) {
        return new ModerationDecided(
                UUID.randomUUID(),
                NOW,
                "item-1",
                ModerationDecided.SubjectType.NOMINATION,
                "2027:entry-1",
                1,
                decision,
                decision == ModerationDecided.Decision.APPROVED ? "OK" : "OFF_TOPIC",
                message,
                "moderator-1",
                ModerationDecided.ItemKind.REVIEW);
    }

    private static Nomination nominee() {
        Nomination n = submitted();
        n.screen(decision(ModerationDecided.Decision.APPROVED, "Fine"), NOW);
        n.shortlist(NOW);
        return Nomination.restore(n.state());
    }

    @Test
    void aNominationWaitsForScreeningOnePerEntryAndEditionAndIsAnnounced() {
        Nomination n = submitted();

        assertThat(n.id()).isEqualTo("2027:entry-1").isEqualTo(Nomination.idFor(2027, "entry-1"));
        assertThat(n.state().status()).isEqualTo(NominationStatus.SCREENING);
        assertThat(n.pendingEvents()).singleElement().isInstanceOf(NominationSubmitted.class);
    }

    @Test
    void screeningDecidesOnceAndTellsTheOwnerWhyOnlyWhenRefused() {
        Nomination approved = submitted();
        assertThat(approved.screen(decision(ModerationDecided.Decision.APPROVED, "Well done"), NOW))
                .isTrue();
        assertThat(approved.state().status()).isEqualTo(NominationStatus.ELIGIBLE);
        assertThat(approved.state().message()).isNull();

        Nomination refused = submitted();
        refused.screen(decision(ModerationDecided.Decision.REJECTED, "Not an ICT project"), NOW);
        assertThat(refused.state().status()).isEqualTo(NominationStatus.INELIGIBLE);
        assertThat(refused.pendingEvents())
                .filteredOn(NominationScreened.class::isInstance)
                .singleElement()
                .satisfies(e -> {
                    NominationScreened screened = (NominationScreened) e;
                    assertThat(screened.eligible()).isFalse();
                    assertThat(screened.message()).isEqualTo("Not an ICT project");
                });

        // A second copy of a decision, or a later one, changes nothing.
        assertThat(refused.screen(decision(ModerationDecided.Decision.APPROVED, "Changed my mind"), NOW))
                .isFalse();
        assertThat(refused.state().status()).isEqualTo(NominationStatus.INELIGIBLE);
    }

    @Test
    void onlyAnEligibleNominationIsShortlistedAndOnlyANomineeAwarded() {
        Nomination waiting = submitted();
        assertThatThrownBy(() -> waiting.shortlist(NOW))
                .isInstanceOfSatisfying(
                        PrizeRuleViolation.class, e -> assertThat(e.code()).isEqualTo("not-eligible"));
        assertThatThrownBy(() -> waiting.award(Nomination.Award.CHAMPION, 10, NOW))
                .isInstanceOfSatisfying(
                        PrizeRuleViolation.class, e -> assertThat(e.code()).isEqualTo("not-a-nominee"));

        Nomination n = submitted();
        n.screen(decision(ModerationDecided.Decision.APPROVED, "Fine"), NOW);
        n.shortlist(NOW);
        assertThat(n.state().status()).isEqualTo(NominationStatus.NOMINEE);
        assertThat(n.pendingEvents()).last().isInstanceOf(NomineeShortlisted.class);
    }

    @Test
    void aWinnerIsAnnouncedAsChampionAndAsWinnerAChampionOnlyOnce() {
        Nomination winner = nominee();
        winner.award(Nomination.Award.WINNER, 1234, NOW);
        assertThat(winner.state().award()).isEqualTo(Nomination.Award.WINNER);
        assertThat(winner.pendingEvents())
                .extracting(e -> ((PrizeAwarded) e).award())
                .containsExactly("CHAMPION", "WINNER");

        Nomination champion = nominee();
        champion.award(Nomination.Award.CHAMPION, 99, NOW);
        assertThat(champion.pendingEvents())
                .singleElement()
                .satisfies(e -> assertThat(((PrizeAwarded) e).votes()).isEqualTo(99));
    }

    @Test
    void anErasedOwnersNominationPassesToTheReceiverOrIsWithdrawnUnlessAlreadyAwarded() {
        Recipient receiver = new Recipient("heir-1", "heir@example.org", "Heir", "fr");
        Nomination transferred = nominee();
        assertThat(transferred.ownerErased("owner-1", EntriesChoice.TRANSFER, receiver, ANONYMOUS))
                .isTrue();
        assertThat(transferred.state().owner()).isEqualTo(receiver);
        assertThat(transferred.state().status()).isEqualTo(NominationStatus.NOMINEE);

        Nomination withdrawn = nominee();
        withdrawn.ownerErased("owner-1", EntriesChoice.WITHDRAW, null, ANONYMOUS);
        assertThat(withdrawn.state().owner()).isEqualTo(ANONYMOUS);
        assertThat(withdrawn.state().status()).isEqualTo(NominationStatus.WITHDRAWN);

        Nomination awarded = nominee();
        awarded.award(Nomination.Award.CHAMPION, 5, NOW);
        awarded.ownerErased("owner-1", EntriesChoice.WITHDRAW, null, ANONYMOUS);
        assertThat(awarded.state().status()).isEqualTo(NominationStatus.NOMINEE);
        assertThat(awarded.state().award()).isEqualTo(Nomination.Award.CHAMPION);

        // A second delivery of the erasure finds the nomination passed on already.
        assertThat(transferred.ownerErased("owner-1", EntriesChoice.TRANSFER, receiver, ANONYMOUS))
                .isFalse();
    }
}
