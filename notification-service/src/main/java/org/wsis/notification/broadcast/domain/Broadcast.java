package org.wsis.notification.broadcast.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A broadcast as stored: its announcement, whether it is {@code RUNNING} or {@code COMPLETED}, how many
 * people its segment held when it started, the last person its walk passed ({@code cursor}), who started
 * it and when, and the version its next page advances from.
 */
public record Broadcast(
        String id,
        Announcement announcement,
        String status,
        long recipients,
        @Nullable String cursor,
        String createdBy,
        @Nullable String createdByName,
        Instant createdAt,
        @Nullable Instant completedAt,
        long version) {

    /** A broadcast about to start: running, its walk before the first person. */
    public static Broadcast started(
            String id, Announcement announcement, long recipients, String createdBy, String createdByName, Instant at) {
        return new Broadcast(id, announcement, "RUNNING", recipients, null, createdBy, createdByName, at, null, 0L);
    }
}
