package org.wsis.portal;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the services answer. */
@ConfigurationProperties("wsis.portal")
public record PortalProperties(Services services) {

    public record Services(URI submission, URI moderation, URI prize, URI notification, URI convening, URI community) {}
}
