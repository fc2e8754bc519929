package org.wsis.notification.broadcast;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How admins' announcements go out ({@code wsis.notification.broadcast}).
 *
 * @param pageSize how many recipients one step of a broadcast queues
 * @param maxQueued how many of a broadcast's mails may wait in the outgoing queue before it pauses
 * @param lease how long a replica holds the broadcast it advances before another may take it over
 * @param autoStartup false leaves broadcasts where they are (tests)
 * @param defaultRatePerSecond the sending rate of a broadcast that names none
 * @param maxRatePerSecond the highest rate an admin may ask for
 */
@ConfigurationProperties("wsis.notification.broadcast")
public record BroadcastSettings(
        @DefaultValue("200") int pageSize,
        @DefaultValue("2000") int maxQueued,
        @DefaultValue("1m") Duration lease,
        @DefaultValue("true") boolean autoStartup,
        @DefaultValue("50") int defaultRatePerSecond,
        @DefaultValue("1000") int maxRatePerSecond) {}
