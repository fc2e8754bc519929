package org.wsis.prize.tally.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.messaging.Message;
import org.wsis.contracts.ballot.BallotCast;
import org.wsis.prize.tally.Tallies;
import org.wsis.prize.tally.domain.BallotStatus;
import org.wsis.servicekit.messaging.InboundEvents;
import org.wsis.servicekit.tracing.TraceContexts;

/**
 * Consumes {@code wsis.ballot.v1} into the tallies, a poll's worth of records at a time (the binding is
 * in batch mode): the tallies read and write each bucket once per batch. It does not use the
 * processed-events log: the tallies de-duplicate by ballot themselves, in the same write that counts.
 * {@code BallotCompleted} needs no counting: the tallies see a voter's ballot complete when its last
 * category is counted.
 *
 * <p>A record that is not a readable event is named to the binder ({@link BatchListenerFailedException}
 * with its index) after the ballots before it are counted: the binder commits those, and parks it on the
 * dead-letter topic and goes on. When counting itself fails (the database away), the batch's first record
 * is named: the binder tries the batch again from there until the database answers (a transient
 * failure never parks a ballot), and ballots already counted count nothing twice.
 */
@Configuration
public class BallotStream {

    /** The counting consumer's name in the consumer metrics. */
    static final String CONSUMER = "prize-tally";

    private interface TallyStep {
        void accept(List<BallotCast> ballots, int firstRecord);
    }

    @Bean
    Consumer<Message<List<byte[]>>> ballotEvents(Tallies tallies, MeterRegistry meters, TraceContexts traces) {
        Map<BallotStatus.Counter, Counter> counted = new EnumMap<>(BallotStatus.Counter.class);
        for (BallotStatus.Counter counter : BallotStatus.Counter.values()) {
            counted.put(counter, meters.counter("wsis.prize.ballots.counted", "outcome", counter.field(false)));
        }
        Counter duplicate = meters.counter("wsis.prize.ballots.counted", "outcome", "duplicate");
        // Counted before the batch's ballots are: a failure that keeps the database from counting them.
        Map<String, Counter> failures = new java.util.HashMap<>();
        for (String outcome : List.of("transient-failure", "failed", "malformed")) {
            failures.put(
                    outcome,
                    meters.counter(
                            "wsis.events.consumed",
                            "consumer",
                            CONSUMER,
                            "type",
                            "org.wsis.ballot.BallotCast",
                            "outcome",
                            outcome));
        }
        // Counts ballots decoded from the batch's records from 'from' on; a failure names that record to the
        // binder, which tries again from there: ballots counted meanwhile count nothing twice.
        TallyStep count = (ballots, from) -> {
            if (ballots.isEmpty()) {
                return;
            }
            try {
                for (BallotStatus status : tallies.countAll(ballots)) {
                    (status == null ? duplicate : counted.get(status.counter())).increment();
                }
            } catch (RuntimeException e) {
                failures.get(InboundEvents.failureOutcome(e)).increment();
                throw new BatchListenerFailedException("Counting ballots failed: " + e, e, from);
            }
        };
        return batch -> {
            List<Message<byte[]>> records = InboundEvents.records(batch);
            try (TraceContexts.Received received = traces.received(CONSUMER, records)) {
                List<BallotCast> ballots = new ArrayList<>(records.size());
                for (int i = 0; i < records.size(); i++) {
                    try {
                        InboundEvents.decode(records.get(i)).ifPresent(event -> {
                            if (event instanceof BallotCast ballot) {
                                ballots.add(ballot);
                            }
                        });
                    } catch (InboundEvents.MalformedEventException unreadable) {
                        failures.get("malformed").increment();
                        count.accept(ballots, 0);
                        throw new BatchListenerFailedException(unreadable.getMessage(), unreadable, i);
                    }
                }
                count.accept(ballots, 0);
            }
        };
    }
}
