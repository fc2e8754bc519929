package org.wsis.community.repository;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The global repository ({@code wsis.repository}).
 *
 * @param maxFileSize the largest file a document may have
 */
@ConfigurationProperties("wsis.repository")
public record RepositorySettings(@DefaultValue("5MB") DataSize maxFileSize) {}
