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
import org.wsis.prize.PrizeEvents;
import org.wsis.prize.tally.mongo.TallyBuckets;
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

    /** Each test counts its own edition's ballots. */
    private static final java.util.concurrent.atomic.AtomicInteger EDITIONS =
            new java.util.concurrent.atomic.AtomicInteger(2900 + new Random().nextInt(30) * 3);

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
        int edition = EDITIONS.incrementAndGet();
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
                burst.add(PrizeEvents.ballot(
                        edition, category, voterId, nominee, start.plusSeconds(category * 30L + random.nextInt(20))));
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

    @Test
    void votersSharingABucketWhoChooseTheSameNomineeInOneBatchAreEachCounted() {
        int edition = EDITIONS.incrementAndGet();
        String nominee = edition + ":crowd-favourite";
        // Voters whose ids fall in one tally bucket, so their ballots meet in one write.
        List<String> neighbours = new ArrayList<>();
        int bucket = Math.floorMod(("shared-" + edition + "-0").hashCode(), TallyBuckets.BUCKETS);
        for (int i = 0; neighbours.size() < 12; i++) {
            String id = "shared-" + edition + "-" + i;
            if (Math.floorMod(id.hashCode(), TallyBuckets.BUCKETS) == bucket) {
                neighbours.add(id);
            }
        }
        bindings.changeState(BINDING, BindingsLifecycleController.State.STOPPED);
        try {
            for (String voterId : neighbours) {
                topics.publish(PrizeEvents.ballot(edition, 5, voterId, nominee, Instant.now()));
            }
        } finally {
            bindings.changeState(BINDING, BindingsLifecycleController.State.STARTED);
        }

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(tallies.validVotes(edition, false))
                        .isEqualTo(Map.of(nominee, (long) neighbours.size())));
    }

    @Test
    void anUnreadableBallotRecordIsParkedOnTheDeadLetterTopicAndCountingGoesOn() {
        int edition = EDITIONS.incrementAndGet();
        String nominee = edition + ":after-the-poison";
        String poisonId = UUID.randomUUID().toString();
        topics.send(
                Topics.BALLOT,
                "poisoned-voter",
                "org.wsis.ballot.BallotCast",
                poisonId,
                "{not json".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (int voter = 0; voter < 5; voter++) {
            String voterId = "after-poison-" + edition + "-" + voter;
            topics.publish(PrizeEvents.ballot(edition, 3, voterId, nominee, Instant.now()));
        }

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(tallies.validVotes(edition, false)).isEqualTo(Map.of(nominee, 5L)));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(topics.withEventId(Topics.deadLetterOf(Topics.BALLOT), poisonId))
                        .hasSize(1));
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
