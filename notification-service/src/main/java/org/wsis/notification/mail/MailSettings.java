package org.wsis.notification.mail;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Who the platform's mail comes from ({@code wsis.mail}).
 *
 * @param from {@code MAIL_FROM}: the sender, with its display name
 */
@Validated
@ConfigurationProperties("wsis.mail")
public record MailSettings(@NotBlank String from) {}
