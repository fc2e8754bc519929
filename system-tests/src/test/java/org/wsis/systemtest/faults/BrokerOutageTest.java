package org.wsis.systemtest.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsis.systemtest.PlatformActions;
import org.wsis.testkit.ApiClient;

/**
 * The Kafka broker is down for 30 s while people submit entries and vote: the API keeps accepting them
 * (each save holds its events in an outbox), and once the broker is back everything accepted arrives
 * downstream exactly once.
 */
class BrokerOutageTest {

    @Test
    void whatIsAcceptedWhileTheBrokerIsDownArrivesExactlyOnceWhenItReturns() throws Exception {
        FaultyPlatform platform = FaultyPlatform.get();
        VotingScene scene = VotingScene.get();
        List<String> voters = scene.newVoters(20);
        ApiClient api = new ApiClient(platform.stack.portalUrl());
        String amina = platform.token("amina");
        String omar = platform.token("omar");

        platform.stack.stopKafka();
        List<String> entries = new ArrayList<>();
        VotingScene.Outcome outcome;
        long down = System.nanoTime();
        try {
            for (int i = 0; i < 5; i++) {
                entries.add(
                        PlatformActions.submittedEntry(api, amina, "Submitted while the broker is down " + i, "C4"));
            }
            outcome = scene.burst(voters, () -> {});
            VotingScene.sleep(Duration.ofSeconds(30).minusNanos(System.nanoTime() - down));
        } finally {
            platform.stack.startKafka();
        }

        assertThat(outcome.unexpected()).isEmpty();
        assertThat(outcome.accepted()).isEqualTo(voters.size() * 3);
        // Each submission reaches the moderation queue once, and its owner gets one acknowledgement mail.
        for (String entry : entries) {
            PlatformActions.awaitItem(api, omar, "entry:" + entry + ":1");
        }
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            for (int i = 0; i < 5; i++) {
                String subject = "We received your entry \u201cSubmitted while the broker is down " + i + "\u201d";
                assertThat(platform.mails())
                        .filteredOn(m -> m.subject().equals(subject))
                        .hasSize(1);
            }
        });
        scene.assertTalliesEqualAcceptedVotes();
        // And the platform goes on as usual.
        assertThat(api.get("/api/entries/" + entries.get(0), amina).status()).isEqualTo(200);
    }
}
