package org.wsis.notification.digest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Digests ({@code wsis.notification.digest}).
 *
 * @param checkEvery how often digests that came due are looked for, assembled and queued
 */
@ConfigurationProperties("wsis.notification.digest")
public record DigestSettings(@DefaultValue("1m") Duration checkEvery) {}
