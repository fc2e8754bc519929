package org.wsis.notification.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the portal is, for the links in every mail ({@code wsis.portal}).
 *
 * @param url {@code PORTAL_URL}: the portal's public address
 */
@ConfigurationProperties("wsis.portal")
public record PortalSettings(String url) {}
