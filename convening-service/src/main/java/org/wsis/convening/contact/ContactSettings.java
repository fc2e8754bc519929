package org.wsis.convening.contact;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Requests to connect ({@code wsis.contacts}).
 *
 * @param expiry how long a request waits for an answer; until then a declined request looks waiting to
 *     its asker, after it both show as expired and the pair may ask again
 * @param perDay how many convenors one convenor may ask within 24 hours
 */
@ConfigurationProperties("wsis.contacts")
public record ContactSettings(
        @DefaultValue("30d") Duration expiry,
        @DefaultValue("10") int perDay) {}
