package org.wsis.moderation.flag;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.wsis.moderation.flag.domain.FlagRules;

/** The flag rules from {@link FlagSettings}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FlagSettings.class)
public class FlagConfiguration {

    /** The threshold's setting before the flag settings were grouped; no longer read. */
    static final String RENAMED_THRESHOLD = "wsis.moderation.flag-threshold";

    @Bean
    FlagRules flagRules(FlagSettings settings, Environment environment) {
        return rulesFrom(settings, environment);
    }

    /**
     * Refuses to start with the old threshold setting, rather than quietly ignore it: an operator who
     * raised the threshold would otherwise be back at the default without knowing.
     */
    static FlagRules rulesFrom(FlagSettings settings, Environment environment) {
        if (environment.containsProperty(RENAMED_THRESHOLD)) {
            throw new IllegalStateException(RENAMED_THRESHOLD + " is now wsis.moderation.flags.threshold"
                    + " (environment: WSIS_MODERATION_FLAGS_THRESHOLD); rename the setting.");
        }
        return settings.rules();
    }
}
