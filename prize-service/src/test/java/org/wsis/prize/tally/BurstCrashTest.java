package org.wsis.prize.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.TestPropertySource;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.ballot.BallotCast;
import org.wsis.prize.tally.domain.BallotStatus;
import org.wsis.prize.tally.domain.CountedVoter;
import org.wsis.prize.tally.domain.NomineeVotes;
import org.wsis.prize.tally.domain.Suspicion;
import org.wsis.prize.tally.mongo.FlaggedVoters;
import org.wsis.testkit.PlatformIntegrationTest;

/**
 * The flagging of a network burst survives a crash between counting the ballot that made the burst and
 * flagging the accounts that voted before it.
 */
@PlatformIntegrationTest
@TestPropertySource(
        properties = {
            // Ballots are counted by the test itself, where it can stop the counting at the crash point.
            "spring.cloud.stream.bindings.ballotEvents-in-0.consumer.auto-startup=false",
            "wsis.prize.suspicion.burst-repair-interval=PT0.5S"
        })
class BurstCrashTest {

    /**
     * The review list as the service writes it, except that it can be made to fail for chosen voters:
     * the flagging of the burst's earlier accounts is the first write after the ballot's bucket, so a
     * failure there stops the work exactly where a crash at that point would.
     */
    static class CrashingFlaggedVoters extends FlaggedVoters {

        final Set<String> crashOn = ConcurrentHashMap.newKeySet();

        CrashingFlaggedVoters(MongoOperations mongo, Clock clock) {
            super(mongo, clock);
        }

        @Override
        public void flagged(int edition, CountedVoter voter) {
            if (crashOn.contains(voter.voterId())) {
                throw new IllegalStateException("The process died before flagging " + voter.voterId());
            }
            super.flagged(edition, voter);
        }
    }

    @TestConfiguration
    static class CrashPoint {
        @Bean
        @Primary
        CrashingFlaggedVoters crashingFlaggedVoters(MongoOperations mongo, Clock clock) {
            return new CrashingFlaggedVoters(mongo, clock);
        }
    }

    @Autowired
    Tallies tallies;

    @Autowired
    CrashingFlaggedVoters listing;

    private static BallotCast youngAccountsBallot(int edition, String voterId, String network, Instant at) {
        return new BallotCast(
                java.util.UUID.randomUUID(),
                at,
                edition + ":2:" + voterId,
                edition,
                2,
                edition + ":popular-project",
                voterId,
                network,
                "example.net",
                // A day old: not brand new, but new enough to count towards a burst.
                at.minus(Duration.ofDays(1)),
                new Recipient(voterId, voterId + "@example.net", voterId, "en"));
    }

    @Test
    void theAccountsBeforeABurstAreFlaggedEvenIfTheProcessDiesRightAfterCountingTheBallotThatMadeIt() {
        int edition = 2300 + (int) (Math.random() * 600);
        String network = "198.51." + (int) (Math.random() * 250) + ".0/24";
        // From the start of the current window (an hour, counted from the epoch): the 21st ballot, 200 s
        // after the first, falls in the same window whatever the time of day the test runs.
        Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        List<String> earlier = IntStream.rangeClosed(1, 20)
                .mapToObj(i -> "burst-" + edition + "-" + i)
                .toList();
        for (int i = 0; i < earlier.size(); i++) {
            assertThat(tallies.count(youngAccountsBallot(edition, earlier.get(i), network, start.plusSeconds(7L * i))))
                    .as("20 new accounts from one network in an hour are within the allowance")
                    .isEqualTo(BallotStatus.VALID);
        }
        listing.crashOn.addAll(earlier);

        String crossing = "burst-" + edition + "-21";
        assertThatThrownBy(() -> tallies.count(youngAccountsBallot(edition, crossing, network, start.plusSeconds(200))))
                .hasMessageContaining("died before flagging");
        assertThat(tallies.voter(edition, crossing).status())
                .as("the 21st ballot was counted, flagged, before the crash")
                .isEqualTo(BallotStatus.FLAGGED);

        // The service comes back: nothing fails any more, and no further ballot of that network arrives.
        listing.crashOn.clear();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String voterId : earlier) {
                CountedVoter voter = tallies.voter(edition, voterId);
                assertThat(voter.status()).as(voterId).isEqualTo(BallotStatus.FLAGGED);
                assertThat(voter.suspicions()).as(voterId).containsExactly(Suspicion.NETWORK_BURST);
            }
        });
        assertThat(tallies.votes(edition, false).get(edition + ":popular-project"))
                .as("the counters moved with the voters: every ballot waits for review")
                .isEqualTo(new NomineeVotes(0, 21, 0));
        assertThat(listing.count(edition, BallotStatus.FLAGGED, Suspicion.NETWORK_BURST, network))
                .as("and the admins find all of them in the review")
                .isEqualTo(21);
    }
}
