package org.wsis.productionguard;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What makes a secret unfit for production: missing, an unresolved placeholder, a placeholder or
 * development default of the repository (they all say {@code CHANGE-ME}, which is how they are
 * recognised, {@code env.example} included), a well-known weak value, or too short. The entrypoint of
 * the production containers that are not ours, Keycloak's first ({@code deploy/compose/check-secrets.sh}),
 * applies the same rules in bash; deploy's {@code SecretChecksTest} holds the two to the same verdicts.
 */
public final class SecretRules {

    private static final Set<String> WEAK = Set.of("secret", "password", "changeit", "admin", "default", "test");

    private SecretRules() {}

    /** Why {@code value} may not be used in production, or empty when it may. Never repeats the value. */
    public static Optional<String> problem(@Nullable String value, int minLength) {
        if (value == null || value.isBlank() || value.contains("${")) {
            return Optional.of("is not set");
        }
        String plain = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (plain.contains("changeme")) {
            return Optional.of("is a placeholder or development default (it says CHANGE-ME)");
        }
        if (WEAK.contains(plain)) {
            return Optional.of("is a well-known weak value");
        }
        if (value.length() < minLength) {
            return Optional.of("has " + value.length() + " characters; it needs at least " + minLength);
        }
        return Optional.empty();
    }
}
