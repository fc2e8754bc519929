package org.wsis.prize.vote.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.ballot.BallotCast;
import org.wsis.contracts.ballot.BallotCompleted;
import org.wsis.contracts.prize.PrizeCategory;
import org.wsis.prize.edition.domain.PrizeRuleViolation;

class VoterTest {

    private static final Instant NOW = Instant.parse("2027-03-20T10:00:00Z");
    private static final Voter.Signals SIGNALS = new Voter.Signals(
            "203.0.113.0/24",
            "example.org",
            Instant.parse("2026-01-01T00:00:00Z"),
            new Recipient("voter-1", "voter@example.org", "Voter", "es"));

    private static PrizeCategory category(int number) {
        return PrizeCategory.byNumber(number).orElseThrow();
    }

    @Test
    void aVoteIsABallotCarryingTheSignalsTheCountingSideChecks() {
        Voter voter = Voter.first(2027, "voter-1");

        String ballotId = voter.vote(category(4), "2027:entry-9", SIGNALS, NOW);

        assertThat(ballotId).isEqualTo("2027:4:voter-1");
        assertThat(voter.votes()).isEqualTo(Map.of(4, "2027:entry-9"));
        assertThat(voter.pendingEvents()).singleElement().isInstanceOfSatisfying(BallotCast.class, b -> {
            assertThat(b.ballotId()).isEqualTo(ballotId);
            assertThat(b.nominationId()).isEqualTo("2027:entry-9");
            assertThat(b.clientNetwork()).isEqualTo("203.0.113.0/24");
            assertThat(b.accountCreatedAt()).isEqualTo(SIGNALS.accountCreatedAt());
            assertThat(b.voter()).isEqualTo(SIGNALS.voter());
        });
    }

    @Test
    void votesAreFinalOnePerCategory() {
        Voter voter = Voter.restore(2027, "voter-1", Map.of(4, "2027:entry-9"), 1L);

        assertThatThrownBy(() -> voter.vote(category(4), "2027:entry-7", SIGNALS, NOW))
                .isInstanceOfSatisfying(
                        PrizeRuleViolation.class, e -> assertThat(e.code()).isEqualTo("already-voted"));
        assertThat(voter.votes()).containsEntry(4, "2027:entry-9");
        assertThat(voter.pendingEvents()).isEmpty();
    }

    @Test
    void theVoteInTheLastCategoryCompletesTheBallotOnce() {
        Map<Integer, String> all = new HashMap<>();
        for (int c = 1; c < PrizeCategory.COUNT; c++) {
            all.put(c, "2027:entry-" + c);
        }
        Voter voter = Voter.restore(2027, "voter-1", all, 17L);

        voter.vote(category(PrizeCategory.COUNT), "2027:entry-last", SIGNALS, NOW);

        assertThat(voter.pendingEvents()).hasSize(2);
        assertThat(voter.pendingEvents().get(1))
                .isInstanceOfSatisfying(
                        BallotCompleted.class,
                        c -> assertThat(c.nominationIds())
                                .hasSize(PrizeCategory.COUNT)
                                .contains("2027:entry-last"));
    }

    @Test
    void aVoteWindowIsTheMinuteOfTheAttemptAndSaysHowLongIsLeft() {
        VoteWindow window = VoteWindow.of(Instant.parse("2027-03-20T10:00:42Z"));

        assertThat(window.end()).isEqualTo(Instant.parse("2027-03-20T10:01:00Z"));
        assertThat(window.secondsLeft(Instant.parse("2027-03-20T10:00:42Z"))).isEqualTo(18);
        assertThat(VoteWindow.of(Instant.parse("2027-03-20T10:00:59Z"))).isEqualTo(window);
    }
}
