package org.wsis.prize.tally;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.wsis.contracts.ballot.BallotEvent;
import org.wsis.servicekit.messaging.InboundEvents;

/**
 * Consumes {@code wsis.ballot.v1} into the tallies. It does not use the processed-events log: the
 * tallies de-duplicate by ballot themselves, in the same write that counts.
 */
@Configuration
public class BallotStream {

    @Bean
    Consumer<Message<byte[]>> ballotEvents(Tallies tallies, MeterRegistry meters) {
        Counter counted = meters.counter("wsis.prize.ballots.counted", "outcome", "counted");
        Counter duplicate = meters.counter("wsis.prize.ballots.counted", "outcome", "duplicate");
        return message -> InboundEvents.decode(message).ifPresent(event -> {
            if (event instanceof BallotEvent ballot) {
                (tallies.count(ballot) ? counted : duplicate).increment();
            }
        });
    }
}
