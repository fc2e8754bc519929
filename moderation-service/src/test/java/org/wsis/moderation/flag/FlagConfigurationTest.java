package org.wsis.moderation.flag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.wsis.moderation.flag.domain.FlagRules;

class FlagConfigurationTest {

    private final FlagSettings settings = new FlagSettings(4, Duration.ofDays(7), 10, Duration.ofDays(1));

    @Test
    void theRulesComeFromTheFlagSettings() {
        assertThat(FlagConfiguration.rulesFrom(settings, new MockEnvironment()))
                .isEqualTo(new FlagRules(4, Duration.ofDays(7), 10, Duration.ofDays(1)));
    }

    @Test
    void theOldThresholdSettingStopsTheStartRatherThanBeIgnored() {
        MockEnvironment environment = new MockEnvironment().withProperty("wsis.moderation.flag-threshold", "5");

        assertThatThrownBy(() -> FlagConfiguration.rulesFrom(settings, environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("wsis.moderation.flags.threshold");
    }
}
