package org.wsis.notification.delivery.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.Recipient;
import org.wsis.notification.notice.domain.Notice;
import org.wsis.notification.preference.domain.Frequency;
import org.wsis.notification.preference.domain.NotificationType;

/**
 * One mail to one person, as it waits to be sent: its deterministic id (recording the same delivery a
 * second time is refused on it, which is what makes a redelivered event send nothing twice), its kind and
 * type, its recipient, what its mail is written from when it is sent, and how many attempts it has had.
 *
 * @param type the notification type of a notice or a broadcast, the frequency of a digest
 * @param eventId the event a notice is about
 * @param eventType that event's type
 * @param notice what a notice says, before it is put into words
 * @param digestOf the time a digest was due, which names it
 * @param broadcastId the broadcast an announcement belongs to
 */
public record Delivery(
        String id,
        Kind kind,
        String type,
        Recipient recipient,
        @Nullable String eventId,
        @Nullable String eventType,
        @Nullable Notice notice,
        @Nullable Instant digestOf,
        @Nullable String broadcastId,
        int attempts) {

    /** The kinds of mail, each written by its own {@link MailSource}. */
    public enum Kind {
        /** One notice about one event. */
        NOTICE,
        /** The notices of a day or a week, gathered. */
        DIGEST,
        /** An admin's announcement to a segment. */
        BROADCAST
    }

    /** A notice about one event, sent as it happens. */
    public static Delivery notice(String id, String eventId, String eventType, Recipient recipient, Notice notice) {
        return new Delivery(
                id, Kind.NOTICE, notice.type().name(), recipient, eventId, eventType, notice, null, null, 0);
    }

    /** The digest that was due at {@code digestOf}. */
    public static Delivery digest(String id, Frequency frequency, Recipient recipient, Instant digestOf) {
        return new Delivery(id, Kind.DIGEST, frequency.name(), recipient, null, null, null, digestOf, null, 0);
    }

    /** One recipient's copy of a broadcast. */
    public static Delivery broadcast(String id, String broadcastId, Recipient recipient) {
        return new Delivery(
                id,
                Kind.BROADCAST,
                NotificationType.ANNOUNCEMENTS.name(),
                recipient,
                null,
                null,
                null,
                null,
                broadcastId,
                0);
    }

    /** The type as a notification type a recipient can switch off; none for a digest. */
    public @Nullable NotificationType notificationType() {
        if (kind == Kind.DIGEST) {
            return null;
        }
        try {
            return NotificationType.valueOf(type);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return null;
        }
    }
}
