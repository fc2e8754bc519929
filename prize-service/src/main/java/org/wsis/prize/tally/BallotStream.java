package org.wsis.prize.tally;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.wsis.contracts.ballot.BallotCast;
import org.wsis.prize.tally.domain.BallotStatus;
import org.wsis.servicekit.messaging.InboundEvents;

/**
 * Consumes {@code wsis.ballot.v1} into the tallies. It does not use the processed-events log: the
 * tallies de-duplicate by ballot themselves, in the same write that counts. {@code BallotCompleted}
 * needs no counting: the tallies see a voter's ballot complete when its last category is counted.
 */
@Configuration
public class BallotStream {

    @Bean
    Consumer<Message<byte[]>> ballotEvents(Tallies tallies, MeterRegistry meters) {
        Map<BallotStatus.Counter, Counter> counted = new EnumMap<>(BallotStatus.Counter.class);
        for (BallotStatus.Counter counter : BallotStatus.Counter.values()) {
            counted.put(counter, meters.counter("wsis.prize.ballots.counted", "outcome", counter.field(false)));
        }
        Counter duplicate = meters.counter("wsis.prize.ballots.counted", "outcome", "duplicate");
        return message -> InboundEvents.decode(message).ifPresent(event -> {
            if (event instanceof BallotCast ballot) {
                BallotStatus status = tallies.count(ballot);
                (status == null ? duplicate : counted.get(status.counter())).increment();
            }
        });
    }
}
