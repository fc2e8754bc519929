package org.wsis.notification.digest.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.Recipient;
import org.wsis.notification.notice.domain.Notice;
import org.wsis.notification.preference.domain.Frequency;

/**
 * One notice waiting for a person's digest: due at their next digest time, tagged with the digest it
 * belongs to once that time came ({@code digestId}), and marked {@code queued} once that digest's
 * delivery is queued.
 */
public record DigestItem(
        String id,
        String eventId,
        Recipient recipient,
        Frequency frequency,
        Instant dueAt,
        Notice notice,
        Instant createdAt,
        @Nullable String digestId,
        boolean queued) {

    /** The id of the digest this item belongs in when its time comes: one per person, frequency and time. */
    public String dueDigestId() {
        return "digest:" + recipient.userId() + ":" + frequency.name() + ":" + dueAt.getEpochSecond();
    }
}
