package org.wsis.prize.tally.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wsis.prize.edition.domain.PrizeRuleViolation;

class CountedVoterTest {

    private static final BallotSignals SIGNALS = new BallotSignals("203.0.113.0/24", "example.org", null);
    private static final Instant NOW = Instant.parse("2027-03-20T10:00:00Z");

    private static CountedVoter.Increment inc(String counter, String nomination) {
        return new CountedVoter.Increment(counter, nomination);
    }

    @Test
    void aBallotCountsAsValidAndTheLastCategoryCompletesTheVotersBallot() {
        CountedVoter voter = CountedVoter.none("v", 3);
        voter.count(1, "n1", NOW, SIGNALS, Set.of());
        voter.count(2, "n2", NOW, SIGNALS, Set.of());
        assertThat(voter.increments()).isEqualTo(Map.of(inc("valid", "n1"), 1, inc("valid", "n2"), 1));

        voter.count(3, "n1", NOW, SIGNALS, Set.of());
        assertThat(voter.increments())
                .isEqualTo(Map.of(
                        inc("valid", "n1"), 2,
                        inc("valid", "n2"), 1,
                        inc("validComplete", "n1"), 2,
                        inc("validComplete", "n2"), 1));
        assertThat(voter.hasCounted(3)).isTrue();
    }

    @Test
    void aSuspiciousBallotFlagsTheVoterAndMovesTheirEarlierBallotsIncludingACompleteOne() {
        CountedVoter voter = CountedVoter.restore(new CountedVoter.State(
                "v", 2, BallotStatus.VALID, Set.of(), Map.of(1, "n1", 2, "n2"), Map.of(), SIGNALS));
        assertThat(voter.flag(Set.of(Suspicion.NETWORK_BURST))).isTrue();
        assertThat(voter.status()).isEqualTo(BallotStatus.FLAGGED);
        assertThat(voter.increments())
                .isEqualTo(Map.of(
                        inc("valid", "n1"), -1,
                        inc("flagged", "n1"), 1,
                        inc("valid", "n2"), -1,
                        inc("flagged", "n2"), 1,
                        inc("validComplete", "n1"), -1,
                        inc("flaggedComplete", "n1"), 1,
                        inc("validComplete", "n2"), -1,
                        inc("flaggedComplete", "n2"), 1));
        assertThat(voter.flag(Set.of(Suspicion.NETWORK_BURST)))
                .as("the same reason again")
                .isFalse();
        assertThat(voter.flag(Set.of(Suspicion.NEW_ACCOUNT))).as("a new reason").isTrue();
    }

    @Test
    void aNewBallotOfAFlaggedVoterCountsAsFlagged() {
        CountedVoter voter = CountedVoter.none("v", 18);
        voter.count(1, "n1", NOW, SIGNALS, Set.of(Suspicion.DISPOSABLE_EMAIL_DOMAIN));
        voter.count(2, "n2", NOW, SIGNALS, Set.of());
        assertThat(voter.increments()).isEqualTo(Map.of(inc("flagged", "n1"), 1, inc("flagged", "n2"), 1));
    }

    @Test
    void anAdminsDecisionMovesTheBallotsAndLaterSuspicionsDoNotOverruleIt() {
        CountedVoter voter = CountedVoter.restore(new CountedVoter.State(
                "v", 18, BallotStatus.FLAGGED, Set.of(Suspicion.NEW_ACCOUNT), Map.of(1, "n1"), Map.of(), SIGNALS));
        voter.decide(BallotStatus.ACCEPTED);
        assertThat(voter.flag(Set.of(Suspicion.REGULAR_TIMING))).isFalse();
        voter.count(2, "n2", NOW, SIGNALS, Set.of(Suspicion.REGULAR_TIMING));
        assertThat(voter.status()).isEqualTo(BallotStatus.ACCEPTED);
        assertThat(voter.increments())
                .isEqualTo(Map.of(inc("flagged", "n1"), -1, inc("valid", "n1"), 1, inc("valid", "n2"), 1));

        voter.decide(BallotStatus.VOIDED);
        assertThat(voter.increments())
                .isEqualTo(Map.of(inc("flagged", "n1"), -1, inc("voided", "n1"), 1, inc("voided", "n2"), 1));
    }

    @Test
    void aVoterNeverFlaggedCannotBeReviewed() {
        CountedVoter voter = CountedVoter.none("v", 18);
        voter.count(1, "n1", NOW, SIGNALS, Set.of());
        assertThatThrownBy(() -> voter.decide(BallotStatus.VOIDED))
                .isInstanceOf(PrizeRuleViolation.class)
                .hasMessageContaining("flagged");
    }
}
