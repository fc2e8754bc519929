package org.wsis.productionguard;

import java.util.Locale;
import org.springframework.core.env.Environment;

/**
 * Where an application runs, from {@code WSIS_ENVIRONMENT} ({@code wsis.environment}): the Docker image,
 * Compose and the Helm chart say {@code production}; a developer's machine, the local stack and the tests
 * run as {@code development}, the default. Anything else is refused, so that a misspelt
 * {@code WSIS_ENVIRONMENT=prod} cannot quietly switch the production checks off.
 */
public enum PlatformEnvironment {
    DEVELOPMENT,
    PRODUCTION;

    public static final String PROPERTY = "wsis.environment";
    public static final String VARIABLE = "WSIS_ENVIRONMENT";

    public static PlatformEnvironment of(Environment environment) {
        String value = environment.getProperty(PROPERTY, "development").strip();
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "development" -> DEVELOPMENT;
            case "production" -> PRODUCTION;
            default ->
                throw new IllegalStateException(
                        VARIABLE + " is '" + value + "'; it must be production or development.");
        };
    }
}
