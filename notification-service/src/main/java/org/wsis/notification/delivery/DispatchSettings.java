package org.wsis.notification.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How queued mail goes out ({@code wsis.notification.dispatch}).
 *
 * @param batchSize how many due deliveries one round claims
 * @param connections how many SMTP connections send a round's mail at once
 * @param lease how long a claimed delivery is this replica's before another may take it over (a replica
 *     that died while sending)
 * @param idlePoll how long an idle dispatcher waits before it looks again (a new delivery wakes it)
 * @param autoStartup false leaves mail queued (tests that look at the queue)
 */
@ConfigurationProperties("wsis.notification.dispatch")
public record DispatchSettings(
        @DefaultValue("100") int batchSize,
        @DefaultValue("2") int connections,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("1s") Duration idlePoll,
        @DefaultValue("true") boolean autoStartup) {}
