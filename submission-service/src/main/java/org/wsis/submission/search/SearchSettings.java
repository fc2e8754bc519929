package org.wsis.submission.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How each replica keeps its search index up to date ({@code wsis.search}).
 *
 * @param pollInterval how often the indexer reads the entries changed since its last pass
 * @param margin how far back each pass reads before its last watermark, so that a write committed late
 *     by another replica is not missed
 */
@ConfigurationProperties("wsis.search")
public record SearchSettings(
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("10s") Duration margin) {}
