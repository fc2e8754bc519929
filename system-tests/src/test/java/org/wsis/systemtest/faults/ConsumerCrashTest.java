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
        assertThat(outcome.accepted()).as("one vote per voter and category").isEqualTo(voters.size() * 3);
        assertThat(outcome.retried()).as("the crash was felt by the voters").isPositive();
        scene.assertTalliesEqualAcceptedVotes();
    }
}
