package org.wsis.prize.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.wsis.contracts.Topics;
import org.wsis.contracts.ballot.BallotCast;
import org.wsis.testkit.PlatformInfrastructure;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TopicProbe;

/**
 * The tallies equal the distinct ballots, whatever the stream does: a burst of ballots with copies
 * (as an outbox relay that crashed after publishing sends them), the counting consumer stopped in the
 * middle of the burst, its committed offsets lost (so everything is delivered again), then started. The
 * ballots are of ordinary voters (older accounts, irregular pauses), so all of them are valid.
 */
@PlatformIntegrationTest
class ExactTallyTest {

    private static final String BINDING = "ballotEvents-in-0";

    @Autowired
    Tallies tallies;

    @Autowired
    BindingsLifecycleController bindings;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private double duplicates() {
        var counter = meters.find("wsis.prize.ballots.counted")
                .tag("outcome", "duplicate")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private final TopicProbe topics = TopicProbe.onSharedBroker();

    @Test
    void countsEqualTheDistinctBallotsAfterCopiesAndACrashInTheMiddleOfABurst() throws Exception {
        int edition = 2900 + new Random().nextInt(99);
        List<String> nominees = List.of(edition + ":n1", edition + ":n2", edition + ":n3.with.dots");
        Random random = new Random(42);
        Map<String, Long> expected = new HashMap<>();
        Map<String, Long> expectedComplete = new HashMap<>();
        List<BallotCast> burst = new ArrayList<>();
        Instant start = Instant.now();
        for (int voter = 0; voter < 400; voter++) {
            String voterId = "voter-" + edition + "-" + voter;
            // The first voter votes in every category, so their ballot is complete.
            int categories = voter == 0 ? 18 : 3;
            for (int category = 1; category <= categories; category++) {
                String nominee = nominees.get(random.nextInt(nominees.size()));
                burst.add(new BallotCast(
                        UUID.randomUUID(),
                        start.plusSeconds(category * 30L + random.nextInt(20)),
                        edition + ":" + category + ":" + voterId,
                        edition,
                        category,
                        nominee,
                        voterId,
                        "203.0.113.0/24",
                        "example.org",
                        Instant.parse("2025-01-01T00:00:00Z")));
                expected.merge(nominee, 1L, Long::sum);
                if (voter == 0) {
                    expectedComplete.merge(nominee, 1L, Long::sum);
                }
            }
        }
        double duplicatesBefore = duplicates();
        int half = burst.size() / 2;
        for (int i = 0; i < half; i++) {
            topics.publish(burst.get(i));
            if (i % 10 == 0) {
                topics.publish(burst.get(i)); // a copy, as a relay republishing after a crash sends it
            }
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> total(tallies.validVotes(edition, false)) > half / 4);
        bindings.changeState(BINDING, BindingsLifecycleController.State.STOPPED);
        long countedWhenStopped = total(tallies.validVotes(edition, false));
        rewindCountingGroup();

        for (int i = half; i < burst.size(); i++) {
            topics.publish(burst.get(i));
        }
        topics.publish(burst.get(half)); // and one copy after the restart
        bindings.changeState(BINDING, BindingsLifecycleController.State.STARTED);

        await().atMost(Duration.ofSeconds(120)).until(() -> total(tallies.validVotes(edition, false)) == burst.size());
        // Anything still in flight would show as a count above the ballots: the total must hold still.
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(10))
                .until(() -> total(tallies.validVotes(edition, false)) == burst.size());
        assertThat(countedWhenStopped).isLessThan(burst.size());
        assertThat(duplicates() - duplicatesBefore)
                .as("everything counted before the crash came again, and was not counted twice")
                .isGreaterThanOrEqualTo(countedWhenStopped);
        assertThat(tallies.validVotes(edition, false)).isEqualTo(expected);
        assertThat(tallies.validVotes(edition, true)).isEqualTo(expectedComplete);
    }

    private static long total(Map<String, Long> votes) {
        return votes.values().stream().mapToLong(Long::longValue).sum();
    }

    /** As if the consumer crashed before committing anything: its group starts again from the beginning. */
    private static void rewindCountingGroup() {
        Properties config = new Properties();
        config.put(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                PlatformInfrastructure.shared().kafkaBootstrapServers());
        try (Admin admin = Admin.create(config)) {
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> {
                var partitions = admin.describeTopics(List.of(Topics.BALLOT))
                        .allTopicNames()
                        .get()
                        .get(Topics.BALLOT)
                        .partitions();
                Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
                partitions.forEach(
                        p -> start.put(new TopicPartition(Topics.BALLOT, p.partition()), new OffsetAndMetadata(0)));
                admin.alterConsumerGroupOffsets("prize-tally", start).all().get();
                return true;
            });
        }
    }
}
