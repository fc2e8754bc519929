package org.wsis.notification.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who the platform's mail comes from ({@code wsis.mail}).
 *
 * @param from {@code MAIL_FROM}: the sender, with its display name
 */
@ConfigurationProperties("wsis.mail")
public record MailSettings(String from) {}
