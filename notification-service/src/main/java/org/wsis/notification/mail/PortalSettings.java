package org.wsis.notification.mail;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the portal is, for the links in every mail ({@code wsis.portal}).
 *
 * @param url {@code PORTAL_URL}: the portal's public address
 */
@Validated
@ConfigurationProperties("wsis.portal")
public record PortalSettings(@NotBlank String url) {}
