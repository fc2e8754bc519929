package org.wsis.servicekit.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How consumers retry a record they fail to handle ({@code wsis.events.retry.*}).
 *
 * @param transientInitialInterval the first pause after a transient failure (the database or broker away)
 * @param transientMultiplier how the pause grows after each further transient failure
 * @param transientMaxInterval the longest pause: once the dependency is back, the record is handled
 *     within this time
 * @param attempts how many times a record failing otherwise is tried before it is parked on the dead-letter
 *     topic (an unreadable record is parked at once)
 * @param initialInterval the first pause between those attempts
 * @param maxInterval the longest pause between those attempts
 */
@ConfigurationProperties("wsis.events.retry")
public record EventRetrySettings(
        @DefaultValue("500ms") Duration transientInitialInterval,
        @DefaultValue("2.0") double transientMultiplier,
        @DefaultValue("30s") Duration transientMaxInterval,
        @DefaultValue("4") int attempts,
        @DefaultValue("200ms") Duration initialInterval,
        @DefaultValue("2s") Duration maxInterval) {}
