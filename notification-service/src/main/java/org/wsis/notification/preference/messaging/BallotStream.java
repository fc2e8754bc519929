package org.wsis.notification.preference.messaging;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.ballot.BallotCast;
import org.wsis.notification.preference.Recipients;
import org.wsis.servicekit.messaging.InboundEvents;
import org.wsis.servicekit.tracing.TraceContexts;

/**
 * Consumes {@code wsis.ballot.v1}, a poll's records at once, only to know who voted in each edition (the
 * audience of the voters' announcements): the voters of a batch are recorded in one bulk write. Recording
 * a voter twice records the same thing, so redelivery needs no log.
 */
@Configuration
public class BallotStream {

    @Bean
    Consumer<Message<List<byte[]>>> ballotEvents(Recipients recipients, TraceContexts traces) {
        return batch -> {
            List<Message<byte[]>> records = InboundEvents.records(batch);
            try (TraceContexts.Received received = traces.received("notification-voters", records)) {
                Map<Recipient, Integer> voters = new LinkedHashMap<>();
                Map<String, Boolean> seen = new HashMap<>();
                for (Message<byte[]> record : records) {
                    InboundEvents.decode(record).ifPresent(event -> {
                        if (event instanceof BallotCast ballot
                                && ballot.voter() != null
                                && seen.putIfAbsent(ballot.edition() + ":" + ballot.voterId(), true) == null) {
                            voters.put(ballot.voter(), ballot.edition());
                        }
                    });
                }
                recipients.rememberVoters(voters);
            }
        };
    }
}
