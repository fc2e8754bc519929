package org.wsis.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.wsis.productionguard.SecretRules;

/**
 * {@code compose/check-secrets.sh}, the entrypoint that runs before Keycloak (and MongoDB, PostgreSQL and
 * Kafka) in production, run by bash as the containers run it: it imports no realm with a missing or
 * placeholder secret, it judges values as the applications do ({@link SecretRules}), and neither lets
 * any placeholder of {@code env.example} through.
 */
class SecretChecksTest {

    private static final Path SCRIPT = Repository.deploy().resolve("compose/check-secrets.sh");
    private static final Path REALMS = Repository.deploy().resolve("keycloak");
    private static final String GOOD_SECRET = "q8Vt1yZ0pL3mN6bX9cR2sW5eK7hJ4gF0aD1uI8oP";

    /** Keycloak's entrypoint in compose.yaml, with {@code echo} standing for kc.sh. */
    private static final String[] KEYCLOAK = {
        "PORTAL_CLIENT_SECRET:32",
        "KC_BOOTSTRAP_ADMIN_PASSWORD:16",
        "KC_DB_PASSWORD:16",
        "SMTP_PASSWORD:0:optional",
        "--",
        "echo",
        "kc.sh",
        "start",
        "--import-realm"
    };

    record Run(int status, String output) {}

    private static Run run(Map<String, String> variables, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> !name.equals("PATH"));
        builder.environment().putAll(variables);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private static Map<String, String> keycloakSettings() {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("REALM_IMPORT_DIR", REALMS.toString());
        variables.put("PORTAL_URL", "https://wsis.example.org");
        variables.put("PORTAL_CLIENT_SECRET", GOOD_SECRET);
        variables.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "Zx81-long-admin-pass");
        variables.put("KC_DB_PASSWORD", "Qw93-long-db-password");
        return variables;
    }

    @Test
    void withItsSecretsSetKeycloakStartsAndImportsTheRealm() throws Exception {
        Run run = run(keycloakSettings(), KEYCLOAK);

        assertThat(run.status()).as(run.output()).isZero();
        assertThat(run.output()).isEqualTo("kc.sh start --import-realm\n");
    }

    @Test
    void theRealmIsNeverImportedWithAMissingClientSecretOrPortalAddress() throws Exception {
        Map<String, String> variables = keycloakSettings();
        variables.remove("PORTAL_CLIENT_SECRET");
        variables.remove("PORTAL_URL");

        Run run = run(variables, KEYCLOAK);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.output())
                .contains("  - PORTAL_CLIENT_SECRET is not set\n")
                .contains("  - PORTAL_URL is not set (the realm wsis-realm.json needs it)\n")
                .doesNotContain("kc.sh");
    }

    @Test
    void theExamplePlaceholderOfTheClientSecretIsRefusedThoughItIsLongEnough() throws Exception {
        Map<String, String> variables = keycloakSettings();
        variables.put("PORTAL_CLIENT_SECRET", "CHANGE-ME-at-least-32-random-characters");
        variables.put("SMTP_PASSWORD", "CHANGE-ME");

        Run run = run(variables, KEYCLOAK);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.output())
                .contains("  - PORTAL_CLIENT_SECRET is a placeholder or development default (it says CHANGE-ME)\n")
                .contains("  - SMTP_PASSWORD is a placeholder or development default (it says CHANGE-ME)\n")
                .doesNotContain("kc.sh");
    }

    @Test
    void theContainersJudgeAValueAsTheApplicationsDo() throws Exception {
        for (String value : List.of(
                "", "CHANGE-ME", "change_me-please-0123456789", "Password", "admin", "short", GOOD_SECRET, "${X}")) {
            Run run = run(Map.of("VALUE", value), "VALUE:32");
            String expected = SecretRules.problem(value, 32)
                    .map(problem -> "  - VALUE " + problem + "\n")
                    .orElse("");

            assertThat(run.status()).as(value).isEqualTo(expected.isEmpty() ? 0 : 1);
            assertThat(run.output()).as(value).contains(expected);
        }
    }

    @Test
    void noPlaceholderOfTheExampleSettingsGetsThrough() throws Exception {
        Map<String, String> placeholders = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Repository.deploy().resolve("compose/env.example"))) {
            int equals = line.indexOf('=');
            if (line.startsWith("#") || equals < 0) {
                continue;
            }
            String name = line.substring(0, equals);
            String value = line.substring(equals + 1);
            if (name.matches(".*(SECRET|PASSWORD|_KEYS?)") && !value.isEmpty()) {
                placeholders.put(name, value.contains(":") ? value.substring(value.indexOf(':') + 1) : value);
            }
        }
        assertThat(placeholders)
                .as("the secrets of env.example")
                .containsKeys("PORTAL_CLIENT_SECRET", "UNSUBSCRIBE_KEYS", "MONGODB_PASSWORD", "KAFKA_PASSWORD")
                .hasSizeGreaterThanOrEqualTo(9);

        for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            assertThat(SecretRules.problem(placeholder.getValue(), 0))
                    .as("the applications refuse %s", placeholder.getKey())
                    .isPresent();
            Run run = run(Map.of(placeholder.getKey(), placeholder.getValue()), placeholder.getKey() + ":0");
            assertThat(run.status())
                    .as("the containers refuse %s", placeholder.getKey())
                    .isEqualTo(1);
        }
    }

    @Test
    void theScriptIsOneTheContainersCanRun() throws IOException {
        assertThat(Files.readString(SCRIPT)).startsWith("#!/usr/bin/env bash\n");
        assertThat(Files.isExecutable(SCRIPT)).isTrue();
    }
}
