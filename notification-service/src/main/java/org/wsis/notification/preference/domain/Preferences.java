package org.wsis.notification.preference.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One person's choices: a frequency per notification type, and when their digests go out (an hour of
 * the day in their time zone, and a weekday for the weekly one). Types they never chose keep their
 * default.
 */
public record Preferences(
        Map<NotificationType, Frequency> frequencies, int digestHour, DayOfWeek digestDay, ZoneId timeZone) {

    public static final int DEFAULT_DIGEST_HOUR = 8;
    public static final DayOfWeek DEFAULT_DIGEST_DAY = DayOfWeek.MONDAY;
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("UTC");

    public Preferences {
        EnumMap<NotificationType, Frequency> complete = new EnumMap<>(NotificationType.class);
        for (NotificationType type : NotificationType.values()) {
            Frequency chosen = frequencies.get(type);
            if (chosen != null && !type.allows(chosen)) {
                throw new PreferenceRuleViolation(
                        "frequencies." + type.name(), type + " can be " + type.allowed() + ", not " + chosen + ".");
            }
            complete.put(type, chosen == null ? type.byDefault() : chosen);
        }
        if (digestHour < 0 || digestHour > 23) {
            throw new PreferenceRuleViolation("digestHour", "The digest hour is 0 to 23.");
        }
        frequencies = Map.copyOf(complete);
    }

    public static Preferences defaults() {
        return new Preferences(Map.of(), DEFAULT_DIGEST_HOUR, DEFAULT_DIGEST_DAY, DEFAULT_TIME_ZONE);
    }

    public Frequency frequencyOf(NotificationType type) {
        return frequencies.get(type);
    }

    /** These preferences with {@code type} switched off (every type when null), as an unsubscribe link does. */
    public Preferences without(@Nullable NotificationType type) {
        EnumMap<NotificationType, Frequency> changed = new EnumMap<>(frequencies);
        for (NotificationType each : NotificationType.values()) {
            if (type == null || type == each) {
                changed.put(each, Frequency.OFF);
            }
        }
        return new Preferences(changed, digestHour, digestDay, timeZone);
    }

    /**
     * The first digest time strictly after {@code after} for a daily or weekly digest: the chosen hour
     * in the person's zone, on the chosen weekday for a weekly one.
     */
    public Instant nextDigestAfter(Frequency frequency, Instant after) {
        ZonedDateTime local = after.atZone(timeZone);
        LocalDate day = local.toLocalDate();
        ZonedDateTime candidate = day.atTime(LocalTime.of(digestHour, 0)).atZone(timeZone);
        return switch (frequency) {
            case DAILY -> (candidate.isAfter(local) ? candidate : candidate.plusDays(1)).toInstant();
            case WEEKLY -> {
                ZonedDateTime weekly = candidate.with(TemporalAdjusters.nextOrSame(digestDay));
                yield (weekly.isAfter(local) ? weekly : weekly.plusWeeks(1)).toInstant();
            }
            case IMMEDIATE, OFF -> throw new IllegalArgumentException("No digest for " + frequency);
        };
    }
}
