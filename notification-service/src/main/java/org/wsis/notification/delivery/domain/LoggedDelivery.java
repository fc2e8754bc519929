package org.wsis.notification.delivery.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One delivery as the admins' log shows it. */
public record LoggedDelivery(
        String id,
        String kind,
        String type,
        @Nullable String eventId,
        @Nullable String eventType,
        @Nullable String broadcastId,
        String recipientId,
        String email,
        DeliveryStatus status,
        int attempts,
        @Nullable String failure,
        @Nullable String lastError,
        @Nullable Integer smtpReply,
        @Nullable String subject,
        @Nullable String messageId,
        Instant createdAt,
        @Nullable Instant lastAttemptAt,
        @Nullable Instant nextAttemptAt,
        @Nullable Instant sentAt) {}
