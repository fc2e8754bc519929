package org.wsis.notification.preference.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreferencesTest {

    @Test
    void statusMailOfOnesOwnEntriesComesImmediatelyAndTheModerationQueueAsADailyDigest() {
        Preferences defaults = Preferences.defaults();

        assertThat(defaults.frequencyOf(NotificationType.ENTRY_STATUS)).isEqualTo(Frequency.IMMEDIATE);
        assertThat(defaults.frequencyOf(NotificationType.MODERATION_QUEUE)).isEqualTo(Frequency.DAILY);
        assertThat(defaults.frequencyOf(NotificationType.ANNOUNCEMENTS)).isEqualTo(Frequency.IMMEDIATE);
    }

    @Test
    void refusesOneMailPerQueueItemForModerators() {
        assertThatThrownBy(() -> new Preferences(
                        Map.of(NotificationType.MODERATION_QUEUE, Frequency.IMMEDIATE),
                        8,
                        DayOfWeek.MONDAY,
                        ZoneId.of("UTC")))
                .isInstanceOf(PreferenceRuleViolation.class)
                .extracting(e -> ((PreferenceRuleViolation) e).field())
                .isEqualTo("frequencies.MODERATION_QUEUE");
    }

    @Test
    void refusesAnHourOutsideTheDay() {
        assertThatThrownBy(() -> new Preferences(Map.of(), 24, DayOfWeek.MONDAY, ZoneId.of("UTC")))
                .isInstanceOf(PreferenceRuleViolation.class);
    }

    @Test
    void theDailyDigestComesAtTheChosenHourInThePersonsZone() {
        Preferences geneva = new Preferences(Map.of(), 7, DayOfWeek.MONDAY, ZoneId.of("Europe/Zurich"));

        // 05:00 UTC is 06:00 in Geneva in winter: today at 07:00 local is still ahead.
        assertThat(geneva.nextDigestAfter(Frequency.DAILY, Instant.parse("2026-11-25T05:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-25T06:00:00Z"));
        // Exactly at the hour, the next one is tomorrow's.
        assertThat(geneva.nextDigestAfter(Frequency.DAILY, Instant.parse("2026-11-25T06:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-26T06:00:00Z"));
    }

    @Test
    void theWeeklyDigestComesOnTheChosenDay() {
        Preferences fridays = new Preferences(Map.of(), 9, DayOfWeek.FRIDAY, ZoneId.of("Asia/Tokyo"));

        // Wednesday 25 November 2026: the next Friday 09:00 in Tokyo is 27 November, 00:00 UTC.
        assertThat(fridays.nextDigestAfter(Frequency.WEEKLY, Instant.parse("2026-11-25T12:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-27T00:00:00Z"));
        // Just after it, a week later.
        assertThat(fridays.nextDigestAfter(Frequency.WEEKLY, Instant.parse("2026-11-27T00:00:01Z")))
                .isEqualTo(Instant.parse("2026-12-04T00:00:00Z"));
    }

    @Test
    void unsubscribingSwitchesOffOneTypeOrEverything() {
        Preferences one = Preferences.defaults().without(NotificationType.NOMINATIONS);
        Preferences all = Preferences.defaults().without(null);

        assertThat(one.frequencyOf(NotificationType.NOMINATIONS)).isEqualTo(Frequency.OFF);
        assertThat(one.frequencyOf(NotificationType.ENTRY_STATUS)).isEqualTo(Frequency.IMMEDIATE);
        assertThat(all.frequencies().values()).containsOnly(Frequency.OFF);
    }
}
