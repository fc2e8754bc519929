package org.wsis.community.news;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The newsroom ({@code wsis.news}).
 *
 * @param imageMaxSize the largest image a post may have
 * @param feedSize how many of the newest posts a feed carries
 */
@ConfigurationProperties("wsis.news")
public record NewsSettings(
        @DefaultValue("1MB") DataSize imageMaxSize,
        @DefaultValue("20") int feedSize) {}
