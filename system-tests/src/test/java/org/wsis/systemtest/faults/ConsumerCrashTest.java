package org.wsis.systemtest.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A consumer service dies in the middle of a voting burst and comes back: nothing lost, nothing twice. */
class ConsumerCrashTest {

    @Test
    void theTalliesEqualTheAcceptedVotesAfterTheCountingServiceIsKilledMidBurstAndRestarted() throws Exception {
        FaultyPlatform platform = FaultyPlatform.get();
        VotingScene scene = VotingScene.get();
        List<String> voters = scene.newVoters(40);

        VotingScene.Outcome outcome = scene.burst(voters, () -> {
            // prize-service takes votes and counts them: killed with votes in its outbox and ballots unread.
            platform.stack.kill("prize-service");
            platform.stack.restart("prize-service", Duration.ofSeconds(120));
        });

        assertThat(outcome.unexpected())
                .as("answers other than 202/409 after retries")
                .isEmpty();
        assertThat(outcome.retried()).as("the crash was felt by the voters").isPositive();
        // A vote saved just before the kill may lose its answer; the retry then hears 409 already-voted,
        // which is the answer a person needs: the vote is in. Their own page says so.
        assertThat(outcome.accepted() + outcome.alreadyVoted())
                .as("every vote came to a final answer")
                .isEqualTo(voters.size() * VotingScene.CATEGORIES.size());
        assertThat(scene.votesShownTo(voters))
                .as("each voter's page shows one vote in every category")
                .allSatisfy((voter, votes) -> assertThat(votes).as(voter).isEqualTo(VotingScene.CATEGORIES.size()));
        scene.assertTalliesEqualAcceptedVotes();
    }
}
