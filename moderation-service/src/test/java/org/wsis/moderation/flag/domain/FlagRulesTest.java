package org.wsis.moderation.flag.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FlagRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final FlagRules RULES = new FlagRules(3, Duration.ofDays(7), 10, Duration.ofDays(1));

    private static Flagger anAccountCreated(Instant createdAt) {
        return new Flagger("vera", "Vera", true, createdAt);
    }

    @Test
    void aFlagFromAnEstablishedVerifiedAccountCounts() {
        assertThat(RULES.weigh(anAccountCreated(NOW.minus(Duration.ofDays(365))), NOW))
                .isEqualTo(FlagWeight.COUNTS);
        assertThat(RULES.weigh(anAccountCreated(NOW.minus(Duration.ofDays(7))), NOW))
                .as("exactly the minimum age")
                .isEqualTo(FlagWeight.COUNTS);
    }

    @Test
    void aFlagFromAnAccountYoungerThanTheMinimumAgeIsRecordedButDoesNotCount() {
        assertThat(RULES.weigh(anAccountCreated(NOW.minus(Duration.ofDays(7)).plusSeconds(1)), NOW))
                .isEqualTo(FlagWeight.ACCOUNT_TOO_NEW);
        assertThat(RULES.weigh(anAccountCreated(NOW.plusSeconds(60)), NOW))
                .as("created in the future, by a clock off")
                .isEqualTo(FlagWeight.ACCOUNT_TOO_NEW);
    }

    @Test
    void anAccountWhoseAgeTheTokenDoesNotTellIsTreatedAsNewNeverAsOld() {
        assertThat(RULES.weigh(new Flagger("vera", "Vera", true, null), NOW)).isEqualTo(FlagWeight.ACCOUNT_AGE_UNKNOWN);
        assertThat(FlagWeight.ACCOUNT_AGE_UNKNOWN.counts()).isFalse();
    }

    @Test
    void aFlagFromAnAccountWithoutAVerifiedAddressDoesNotCountHoweverOld() {
        assertThat(RULES.weigh(new Flagger("vera", "Vera", false, NOW.minus(Duration.ofDays(365))), NOW))
                .isEqualTo(FlagWeight.ADDRESS_NOT_VERIFIED);
    }

    @Test
    void theThresholdOfCountingFlagsHidesTheEntry() {
        assertThat(RULES.hides(2)).isFalse();
        assertThat(RULES.hides(3)).isTrue();
    }

    @Test
    void anAccountOverItsLimitMayFlagAgainWhenItsOldestFlagLeavesTheWindow() {
        TooManyFlags refused = RULES.tooMany(NOW.minus(Duration.ofHours(20)), NOW);

        assertThat(refused.code()).isEqualTo("too-many-flags");
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofHours(4));
        assertThat(refused.getMessage()).contains("10 flags within a day");
        assertThat(RULES.tooMany(NOW.minus(Duration.ofHours(20)).plusMillis(1), NOW)
                        .retryAfter())
                .as("rounded up to whole seconds")
                .isEqualTo(Duration.ofHours(4).plusSeconds(1));
        assertThat(RULES.tooMany(null, NOW).retryAfter()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void settingsThatWouldSwitchTheRulesOffAreRefused() {
        assertThatThrownBy(() -> new FlagRules(0, Duration.ofDays(7), 10, Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FlagRules(3, Duration.ofDays(7), 0, Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FlagRules(3, Duration.ofDays(7), 10, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
