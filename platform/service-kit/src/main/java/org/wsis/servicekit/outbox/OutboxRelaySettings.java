package org.wsis.servicekit.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox relay works ({@code wsis.outbox.relay.*}).
 *
 * @param enabled false keeps events in the outbox (tests that simulate a crash before publication)
 * @param pollInterval how long an idle relay waits before it looks again (a save wakes it at once)
 * @param sweepInterval how often the relay looks for events no save of this process announced
 * @param sweepGrace how old an event must be before a sweep takes it: younger ones are being published by
 *     the replica whose save announced them
 * @param lease how long a replica holds the documents it claimed in a sweep; another replica takes over a
 *     claim that has run out (the replica died)
 * @param retryAfterFailure how long a document whose publication failed (the broker away) waits before a
 *     sweep tries it again
 * @param batch how many documents one sweep claims at once; a full batch is followed by the next one at
 *     once, so a backlog drains as fast as the broker takes it
 * @param announcementQueue how many announced saves may wait in memory; beyond it (the broker away under
 *     load) announcements are dropped and counted, and the sweep publishes those events from the database
 * @param ackTimeout how long the relay waits for the broker to acknowledge an event it sent (beyond the
 *     producer's own delivery timeout, 15 s), before it counts the event as failed
 */
@ConfigurationProperties("wsis.outbox.relay")
public record OutboxRelaySettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("5s") Duration sweepInterval,
        @DefaultValue("10s") Duration sweepGrace,
        @DefaultValue("30s") Duration lease,
        @DefaultValue("1s") Duration retryAfterFailure,
        @DefaultValue("500") int batch,
        @DefaultValue("20000") int announcementQueue,
        @DefaultValue("20s") Duration ackTimeout) {}
