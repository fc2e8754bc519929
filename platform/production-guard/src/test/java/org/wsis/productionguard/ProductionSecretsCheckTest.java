package org.wsis.productionguard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** An application started as operators start it, with its secrets declared as a service declares them. */
class ProductionSecretsCheckTest {

    private static final String GOOD_KEY = "q8Vt1yZ0pL3mN6bX9cR2sW5eK7hJ4gF0aD1uI8oP";
    private static final String GOOD_PASSWORD = "p4V9xW2mQ7tR1kL8";

    @Configuration(proxyBeanMethods = false)
    static class AnApplication {}

    /**
     * Declares API_KEY (required, 32 characters, in app.api-key), SIGNING_KEYS (required key list) and
     * DB_PASSWORD (optional), then {@code more} ({@code name=value}; a name given again replaces its value).
     */
    private static List<String> declared(String... more) {
        java.util.Map<String, String> args = new java.util.LinkedHashMap<>();
        args.put("wsis.secrets.api-key.variable", "API_KEY");
        args.put("wsis.secrets.api-key.property", "app.api-key");
        args.put("wsis.secrets.api-key.required", "true");
        args.put("wsis.secrets.api-key.min-length", "32");
        args.put("wsis.secrets.signing-keys.variable", "SIGNING_KEYS");
        args.put("wsis.secrets.signing-keys.property", "app.signing-keys");
        args.put("wsis.secrets.signing-keys.required", "true");
        args.put("wsis.secrets.signing-keys.min-length", "32");
        args.put("wsis.secrets.signing-keys.shape", "key-list");
        args.put("wsis.secrets.db-password.variable", "DB_PASSWORD");
        args.put("wsis.secrets.db-password.property", "app.db-password");
        args.put("wsis.secrets.db-password.min-length", "16");
        // As application.yml files map their variables, with a development default.
        args.put("app.api-key", "${API_KEY:local-only-key-CHANGE-ME-in-production}");
        args.put("app.signing-keys", "${SIGNING_KEYS:dev:local-only-signing-key-change-me-in-production}");
        args.put("app.db-password", "${DB_PASSWORD:}");
        for (String setting : more) {
            int equals = setting.indexOf('=');
            args.put(setting.substring(0, equals), setting.substring(equals + 1));
        }
        List<String> list = new ArrayList<>();
        args.forEach((name, value) -> list.add("--" + name + "=" + value));
        return list;
    }

    private static ConfigurableApplicationContext start(List<String> args) {
        return new SpringApplicationBuilder(AnApplication.class)
                .web(WebApplicationType.NONE)
                .run(args.toArray(String[]::new));
    }

    private static UnsafeSecretsException refusal(List<String> args) {
        Throwable thrown =
                org.assertj.core.api.Assertions.catchThrowable(() -> start(args).close());
        assertThat(thrown).isInstanceOf(UnsafeSecretsException.class);
        return (UnsafeSecretsException) thrown;
    }

    @Test
    void inProductionMissingSecretsAndDevelopmentDefaultsAreRefusedEachByItsVariable() {
        UnsafeSecretsException refused = refusal(declared("wsis.environment=production"));

        assertThat(refused.problems())
                .containsExactly(
                        "API_KEY is a placeholder or development default (it says CHANGE-ME)",
                        "SIGNING_KEYS (key dev) is a placeholder or development default (it says CHANGE-ME)");
    }

    @Test
    void inProductionAnExamplePlaceholderATooShortValueAndAnEmptyRequiredOneAreRefused() {
        UnsafeSecretsException refused = refusal(declared(
                "wsis.environment=production",
                "API_KEY=CHANGE-ME-at-least-32-random-characters",
                "SIGNING_KEYS=2027a:" + GOOD_KEY + ",2026b:too-short-a-key",
                "DB_PASSWORD=short"));

        assertThat(refused.problems())
                .containsExactly(
                        "API_KEY is a placeholder or development default (it says CHANGE-ME)",
                        "DB_PASSWORD has 5 characters; it needs at least 16",
                        "SIGNING_KEYS (key 2026b) has 15 characters; it needs at least 32");
        assertThat(refused.getMessage()).doesNotContain(GOOD_KEY).doesNotContain("too-short-a-key");
    }

    @Test
    void inProductionARequiredSecretThatIsBlankOrNotSetAtAllIsRefused() {
        UnsafeSecretsException refused =
                refusal(declared("wsis.environment=production", "API_KEY=", "app.signing-keys=${SIGNING_KEYS}"));

        assertThat(refused.problems()).containsExactly("API_KEY is not set", "SIGNING_KEYS is not set");
    }

    @Test
    void inProductionWithRealSecretsTheApplicationStarts() {
        try (ConfigurableApplicationContext started = start(declared(
                "wsis.environment=production",
                "API_KEY=" + GOOD_KEY,
                "SIGNING_KEYS=2027a:" + GOOD_KEY + ",2026b:" + GOOD_KEY.toUpperCase(java.util.Locale.ROOT),
                "DB_PASSWORD=" + GOOD_PASSWORD))) {
            assertThat(started.isActive()).isTrue();
        }
    }

    @Test
    void anOptionalSecretLeftEmptyIsFine() {
        try (ConfigurableApplicationContext started =
                start(declared("wsis.environment=production", "API_KEY=" + GOOD_KEY, "SIGNING_KEYS=k1:" + GOOD_KEY))) {
            assertThat(started.isActive()).isTrue();
        }
    }

    @Test
    void inDevelopmentTheDefaultsAreAccepted() {
        try (ConfigurableApplicationContext started = start(declared())) {
            assertThat(started.isActive()).isTrue();
        }
        try (ConfigurableApplicationContext started = start(declared("wsis.environment=development"))) {
            assertThat(started.isActive()).isTrue();
        }
    }

    @Test
    void aMisspeltEnvironmentIsRefusedRatherThanTakenForDevelopment() {
        assertThatThrownBy(() -> start(declared("wsis.environment=prod")).close())
                .hasMessageContaining("WSIS_ENVIRONMENT is 'prod'; it must be production or development");
    }

    @Test
    void theFailureReportListsTheVariablesAndSaysWhatToDo() {
        UnsafeSecretsException refused = refusal(declared("wsis.environment=production", "API_KEY="));

        FailureAnalysis analysis = new UnsafeSecretsFailureAnalyzer().analyze(refused);

        assertThat(analysis.getDescription())
                .contains("WSIS_ENVIRONMENT=production")
                .contains("    - API_KEY is not set")
                .contains("    - SIGNING_KEYS (key dev) is a placeholder");
        assertThat(analysis.getAction()).contains("openssl rand").contains("WSIS_ENVIRONMENT=development");
    }
}
