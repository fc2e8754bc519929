package org.wsis.notification.privacy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.wsis.notification.delivery.Deliveries;
import org.wsis.notification.digest.Digests;
import org.wsis.notification.preference.Recipients;
import org.wsis.notification.preference.domain.Frequency;
import org.wsis.notification.preference.domain.HeldRecipient;
import org.wsis.notification.preference.domain.NotificationType;
import org.wsis.notification.preference.domain.Preferences;
import org.wsis.notification.privacy.domain.RecordedErasure;

/**
 * Everything this service holds about one person, and nothing about anyone else: how it knows them,
 * their preferences, every mail it sent or meant to send them, and what waits for their next digests.
 * Reading it records nothing (unlike reading one's preferences, which introduces the caller).
 */
@Service
public class PersonalData {

    /** What the service knows of the person. */
    public record Person(
            String email,
            String displayName,
            @Nullable String locale,
            boolean stakeholder,
            boolean moderator,
            boolean emailVerified,
            List<Integer> votedEditions) {}

    /** Their preferences. */
    public record PreferencesHeld(
            Map<NotificationType, Frequency> frequencies, int digestHour, DayOfWeek digestDay, String timeZone) {}

    /** One mail of the log. */
    public record Mail(
            String id,
            String kind,
            String type,
            @Nullable String subject,
            String status,
            int attempts,
            Instant createdAt,
            @Nullable Instant lastAttemptAt,
            @Nullable Instant sentAt) {}

    /** A notice waiting for a digest. */
    public record DigestItem(String type, @Nullable String about, String frequency, Instant dueAt) {}

    public record Export(
            @Nullable Person person,
            @Nullable PreferencesHeld preferences,
            List<Mail> mail,
            List<DigestItem> digestItems,
            @Nullable RecordedErasure erasure) {}

    private final Recipients recipients;
    private final Deliveries deliveries;
    private final Digests digests;
    private final Erasures erasures;

    PersonalData(Recipients recipients, Deliveries deliveries, Digests digests, Erasures erasures) {
        this.recipients = recipients;
        this.deliveries = deliveries;
        this.digests = digests;
        this.erasures = erasures;
    }

    /** Everything held about the account {@code userId}. */
    public Export of(String userId) {
        HeldRecipient held = recipients.recordOf(userId).orElse(null);
        Person person = held == null
                ? null
                : new Person(
                        held.email(),
                        held.displayName(),
                        held.locale(),
                        held.stakeholder(),
                        held.moderator(),
                        held.emailVerified(),
                        held.votedEditions());
        PreferencesHeld preferences = held == null ? null : preferences(recipients.preferencesOf(userId));
        List<Mail> mail = deliveries.of(userId).stream()
                .map(d -> new Mail(
                        d.id(),
                        d.kind(),
                        d.type(),
                        d.subject(),
                        d.status().name(),
                        d.attempts(),
                        d.createdAt(),
                        d.lastAttemptAt(),
                        d.sentAt()))
                .toList();
        List<DigestItem> waiting = digests.waitingFor(userId).stream()
                .map(item -> new DigestItem(
                        item.notice().type().name(),
                        item.notice().subjectTitle(),
                        item.frequency().name(),
                        item.dueAt()))
                .toList();
        return new Export(
                person, preferences, mail, waiting, erasures.of(userId).orElse(null));
    }

    private static PreferencesHeld preferences(Preferences p) {
        Map<NotificationType, Frequency> frequencies = new EnumMap<>(NotificationType.class);
        for (NotificationType type : NotificationType.values()) {
            frequencies.put(type, p.frequencyOf(type));
        }
        return new PreferencesHeld(
                frequencies, p.digestHour(), p.digestDay(), p.timeZone().getId());
    }
}
