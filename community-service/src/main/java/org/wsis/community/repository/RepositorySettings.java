package org.wsis.community.repository;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The global repository ({@code wsis.repository}).
 *
 * @param maxFileSize the largest file a document may have
 * @param documentsPerDay how many documents one account may describe in a day (a flood of uploads fills the
 *     storage and the moderators' desk)
 */
@ConfigurationProperties("wsis.repository")
public record RepositorySettings(
        @DefaultValue("5MB") DataSize maxFileSize,
        @DefaultValue("20") int documentsPerDay) {}
