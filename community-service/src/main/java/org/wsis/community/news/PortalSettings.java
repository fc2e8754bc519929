package org.wsis.community.news;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the public reads the platform ({@code wsis.portal}): the news feeds link to the posts' pages there.
 *
 * @param url the portal's public origin ({@code PORTAL_URL})
 */
@ConfigurationProperties("wsis.portal")
public record PortalSettings(
        @DefaultValue("http://localhost:8080") URI url) {}
