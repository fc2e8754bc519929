package org.wsis.notification.preference.web;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.contracts.Recipient;
import org.wsis.notification.preference.Recipients;
import org.wsis.notification.preference.domain.AccountErasedRefusal;
import org.wsis.notification.preference.domain.Frequency;
import org.wsis.notification.preference.domain.NotificationType;
import org.wsis.notification.preference.domain.Preferences;
import org.wsis.notification.web.InvalidRequest;
import org.wsis.servicekit.security.Caller;

/**
 * A person's own notification preferences. Reading them also records the caller's address and roles,
 * which is how moderators join the queue digest.
 */
@RestController
@RequestMapping("/api/notifications/preferences")
public class PreferencesController {

    /** The preferences, with what each type may be set to. */
    public record PreferencesView(
            Map<NotificationType, Frequency> frequencies,
            int digestHour,
            DayOfWeek digestDay,
            String timeZone,
            Map<NotificationType, Set<Frequency>> choices) {}

    /**
     * A change: any field left out keeps its value; {@code frequencies} changes only the types it names.
     * Fields are read as text so that every wrong value is reported by name.
     */
    public record PreferencesChange(
            @Nullable Map<String, String> frequencies,
            @Nullable Integer digestHour,
            @Nullable String digestDay,
            @Nullable String timeZone) {}

    private final Recipients recipients;

    public PreferencesController(Recipients recipients) {
        this.recipients = recipients;
    }

    @GetMapping
    public PreferencesView mine(Caller caller) {
        enrol(caller);
        return view(recipients.preferencesOf(caller.userId()));
    }

    @PutMapping
    public PreferencesView change(Caller caller, @RequestBody PreferencesChange change) {
        if (recipients.isErased(caller.userId())) {
            throw new AccountErasedRefusal(
                    "This account was erased: the platform keeps no preferences for it and sends it no mail.");
        }
        Preferences current = recipients.preferencesOf(caller.userId());
        List<InvalidRequest.FieldError> errors = new ArrayList<>();
        Map<NotificationType, Frequency> frequencies = new EnumMap<>(current.frequencies());
        if (change.frequencies() != null) {
            change.frequencies().forEach((typeName, frequencyName) -> {
                String field = "frequencies." + typeName;
                NotificationType type = parse(NotificationType.class, typeName);
                Frequency frequency = parse(Frequency.class, frequencyName);
                if (type == null) {
                    errors.add(new InvalidRequest.FieldError(
                            field, "Unknown notification type; one of " + List.of(NotificationType.values()) + "."));
                } else if (frequency == null) {
                    errors.add(
                            new InvalidRequest.FieldError(field, "Unknown frequency; one of " + type.allowed() + "."));
                } else if (!type.allows(frequency)) {
                    errors.add(new InvalidRequest.FieldError(
                            field, type + " can be " + type.allowed() + ", not " + frequency + "."));
                } else {
                    frequencies.put(type, frequency);
                }
            });
        }
        int hour = current.digestHour();
        if (change.digestHour() != null) {
            if (change.digestHour() < 0 || change.digestHour() > 23) {
                errors.add(new InvalidRequest.FieldError("digestHour", "The digest hour is 0 to 23."));
            } else {
                hour = change.digestHour();
            }
        }
        DayOfWeek day = current.digestDay();
        if (change.digestDay() != null) {
            DayOfWeek parsed = parse(DayOfWeek.class, change.digestDay());
            if (parsed == null) {
                errors.add(new InvalidRequest.FieldError("digestDay", "A day of the week, MONDAY to SUNDAY."));
            } else {
                day = parsed;
            }
        }
        ZoneId zone = current.timeZone();
        if (change.timeZone() != null) {
            try {
                zone = ZoneId.of(change.timeZone());
            } catch (DateTimeException e) {
                errors.add(new InvalidRequest.FieldError("timeZone", "An IANA time zone, such as Europe/Zurich."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        enrol(caller);
        Preferences changed = new Preferences(frequencies, hour, day, zone);
        recipients.save(caller.userId(), changed);
        return view(changed);
    }

    private void enrol(Caller caller) {
        recipients.enrol(
                new Recipient(caller.userId(), caller.email(), caller.displayName(), caller.locale()),
                caller.hasRole("stakeholder"),
                caller.hasRole("moderator"),
                caller.emailVerified());
    }

    private static PreferencesView view(Preferences preferences) {
        Map<NotificationType, Set<Frequency>> choices = new EnumMap<>(NotificationType.class);
        for (NotificationType type : NotificationType.values()) {
            choices.put(type, type.allowed());
        }
        return new PreferencesView(
                new EnumMap<>(preferences.frequencies()),
                preferences.digestHour(),
                preferences.digestDay(),
                preferences.timeZone().getId(),
                choices);
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
