package org.wsis.notification.routing.messaging;

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
import org.wsis.notification.routing.Notifications;
import org.wsis.servicekit.messaging.InboundEvents;

/**
 * The streams this service listens to: entries, moderation and prizes, each event routed to the people
 * it concerns; and ballots, read only to know who voted in an edition.
 */
@Configuration
public class EventStreams {

    // One binding per stream (rather than one binding over three destinations): each stream then has
    // its own error channel, and so its own dead-letter handling.

    /** {@code wsis.entry.v1}. */
    @Bean
    Consumer<Message<byte[]>> entryEvents(InboundEvents inbound, Notifications notifications) {
        return message -> inbound.handle("notification-routing", message, notifications::on);
    }

    /** {@code wsis.moderation.v1}. */
    @Bean
    Consumer<Message<byte[]>> moderationEvents(InboundEvents inbound, Notifications notifications) {
        return message -> inbound.handle("notification-routing", message, notifications::on);
    }

    /** {@code wsis.prize.v1}. */
    @Bean
    Consumer<Message<byte[]>> prizeEvents(InboundEvents inbound, Notifications notifications) {
        return message -> inbound.handle("notification-routing", message, notifications::on);
    }

    /**
     * {@code wsis.ballot.v1}, a poll's records at once: the voters of each edition, recorded in one bulk
     * write. Recording a voter twice records the same thing, so redelivery needs no log.
     */
    @Bean
    Consumer<Message<List<byte[]>>> ballotEvents(Recipients recipients) {
        return batch -> {
            Map<Recipient, Integer> voters = new LinkedHashMap<>();
            Map<String, Boolean> seen = new java.util.HashMap<>();
            for (Message<byte[]> record : InboundEvents.records(batch)) {
                InboundEvents.decode(record).ifPresent(event -> {
                    if (event instanceof BallotCast ballot
                            && ballot.voter() != null
                            && seen.putIfAbsent(ballot.edition() + ":" + ballot.voterId(), true) == null) {
                        voters.put(ballot.voter(), ballot.edition());
                    }
                });
            }
            recipients.rememberVoters(voters);
        };
    }
}
