package org.wsis.moderation.flag;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.wsis.moderation.flag.domain.FlagRules;

/**
 * The flag rules' settings, {@code wsis.moderation.flags.*}; what each means is on {@link FlagRules}.
 * Ten flags a day is far more than a reader who comes across spam raises, and far fewer than a sweep
 * of the database needs.
 */
@ConfigurationProperties("wsis.moderation.flags")
public record FlagSettings(
        @DefaultValue("3") int threshold,
        @DefaultValue("P7D") Duration minimumAccountAge,
        @DefaultValue("10") int perAccount,
        @DefaultValue("P1D") Duration perAccountWindow) {

    FlagRules rules() {
        return new FlagRules(threshold, minimumAccountAge, perAccount, perAccountWindow);
    }
}
