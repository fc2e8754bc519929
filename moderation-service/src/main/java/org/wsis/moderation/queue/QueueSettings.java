package org.wsis.moderation.queue;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The moderation queue ({@code wsis.moderation}).
 *
 * @param lease how long a moderator's claim on an item holds before the item returns to the queue
 * @param leaseSweepInterval how often claims whose lease ran out are looked for and returned to the queue
 */
@ConfigurationProperties("wsis.moderation")
public record QueueSettings(
        @DefaultValue("15m") Duration lease,
        @DefaultValue("10s") Duration leaseSweepInterval) {}
