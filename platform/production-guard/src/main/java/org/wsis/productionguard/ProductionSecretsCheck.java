package org.wsis.productionguard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start a production application whose secrets are not fit for it (see {@link SecretRules}),
 * naming every offending variable at once, before anything connects anywhere. Each application declares
 * its secrets under {@code wsis.secrets}; this runs last among the environment post-processors, so it
 * judges the values the application would really use, defaults and all.
 */
public class ProductionSecretsCheck implements EnvironmentPostProcessor, Ordered {

    public static final String PREFIX = "wsis.secrets";

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (PlatformEnvironment.of(environment) != PlatformEnvironment.PRODUCTION) {
            return;
        }
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new UnsafeSecretsException(problems);
        }
    }

    static List<String> problems(ConfigurableEnvironment environment) {
        Map<String, SecretDeclaration> declared = new TreeMap<>(Binder.get(environment)
                .bind(PREFIX, Bindable.mapOf(String.class, SecretDeclaration.class))
                .orElse(Map.of()));
        List<String> problems = new ArrayList<>();
        for (SecretDeclaration secret : declared.values()) {
            switch (secret.shape()) {
                case PLAIN -> {
                    // The Environment, not the Binder: a property may be named as its variable (KAFKA_PASSWORD).
                    String value = valueOf(environment, secret.property());
                    if ((value != null && !value.isBlank()) || secret.required()) {
                        SecretRules.problem(value, secret.minLength())
                                .ifPresent(p -> problems.add(secret.variable() + " " + p));
                    }
                }
                case KEY_LIST -> {
                    List<String> keys = Arrays.stream(
                                    Objects.requireNonNullElse(valueOf(environment, secret.property()), "")
                                            .split(","))
                            .map(String::strip)
                            .filter(k -> !k.isBlank() && !k.contains("${"))
                            .toList();
                    if (keys.isEmpty() && secret.required()) {
                        problems.add(secret.variable() + " is not set");
                    }
                    for (String key : keys) {
                        int colon = key.indexOf(':');
                        if (colon < 1) {
                            problems.add(secret.variable() + " has an entry that is not key-id:secret");
                            continue;
                        }
                        String id = key.substring(0, colon).strip();
                        SecretRules.problem(key.substring(colon + 1), secret.minLength())
                                .ifPresent(p -> problems.add(secret.variable() + " (key " + id + ") " + p));
                    }
                }
            }
        }
        return problems;
    }

    /** The property's value; null when it is missing or names a variable nobody set ({@code ${X}} without default). */
    private static @Nullable String valueOf(ConfigurableEnvironment environment, String property) {
        try {
            return environment.getProperty(property);
        } catch (IllegalArgumentException unresolvable) {
            return null;
        }
    }
}
