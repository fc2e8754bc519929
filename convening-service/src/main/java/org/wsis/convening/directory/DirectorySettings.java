package org.wsis.convening.directory;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How each replica keeps its directory index up to date, and when issues are alike enough to form a theme
 * ({@code wsis.directory}).
 *
 * @param pollInterval how often the indexer reads the convenors and issues changed since its last pass
 * @param margin how far back each pass reads before its last watermark, so that a write committed late
 *     by another replica is not missed
 * @param themeThreshold the average similarity under which two groups of issues are not one theme
 */
@ConfigurationProperties("wsis.directory")
public record DirectorySettings(
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("10s") Duration margin,

        @DefaultValue("" + ThemeClustering.DEFAULT_THRESHOLD)
        double themeThreshold) {}
