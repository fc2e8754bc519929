package org.wsis.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code deploy/compose/compose.yaml} against the Compose Specification's schema, and against what the
 * platform needs of it: pinned images, health checks, start order on health, memory limits, and no
 * secret written in the file.
 */
class ComposeFileTest {

    private static final Set<String> APPS =
            Set.of("submission-service", "moderation-service", "prize-service", "notification-service", "portal");
    private static final Set<String> ONE_SHOT = Set.of("kafka-topics");

    private static Path compose;
    private static Map<String, Object> file;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        compose = Repository.deploy().resolve("compose/compose.yaml");
        file = new Yaml().load(Files.readString(compose));
        services = (Map<String, Map<String, Object>>) file.get("services");
    }

    @Test
    void theFileFollowsTheComposeSpecification() throws IOException {
        ObjectMapper json = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode spec;
        try (InputStream in = getClass().getResourceAsStream("/compose-spec.json")) {
            spec = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(in);
        }
        // The published schema still names itself with the older "id" keyword; 2019-09 calls it "$id".
        dropLegacyIds(spec, "");
        spec.put("$id", "https://raw.githubusercontent.com/compose-spec/compose-spec/master/schema/compose-spec.json");
        JsonSchema schema =
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(spec);
        JsonNode document = json.valueToTree(file);
        Set<ValidationMessage> problems = schema.validate(document);
        assertThat(problems).as("schema violations").isEmpty();
    }

    /** Removes the draft-04 style {@code id} keywords (but not properties that happen to be named id). */
    private static void dropLegacyIds(JsonNode node, String parentKey) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            if (!parentKey.equals("properties") && object.path("id").isTextual()) {
                object.remove("id");
            }
            object.properties().forEach(e -> dropLegacyIds(e.getValue(), e.getKey()));
        } else if (node.isArray()) {
            node.forEach(item -> dropLegacyIds(item, ""));
        }
    }

    @Test
    void everyImageIsPinnedToAVersion() {
        services.forEach((name, service) -> {
            Object image = service.get("image");
            assertThat(image).as("%s has an image", name).isNotNull();
            String tag = String.valueOf(image).replaceAll("\\$\\{[^}]*}", "0");
            assertThat(tag).as("%s's image names a tag", name).matches(".+:[^:/]+");
            assertThat(tag).as("%s's image", name).doesNotEndWith(":latest");
        });
    }

    @Test
    void everyLongRunningServiceHasAHealthCheckAndAMemoryLimit() {
        services.forEach((name, service) -> {
            assertThat(service.get("mem_limit")).as("%s's memory limit", name).isNotNull();
            if (!ONE_SHOT.contains(name)) {
                assertThat(service.get("healthcheck"))
                        .as("%s's health check", name)
                        .isNotNull();
            }
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void theApplicationsStartOnlyOnceWhatTheyNeedIsHealthy() {
        for (String app : APPS) {
            Map<String, Map<String, Object>> dependsOn =
                    (Map<String, Map<String, Object>>) services.get(app).get("depends_on");
            assertThat(dependsOn).as("%s waits for its dependencies", app).isNotEmpty();
            dependsOn.forEach((dependency, condition) -> {
                assertThat(services).as("%s depends on a defined service", app).containsKey(dependency);
                String expected = ONE_SHOT.contains(dependency) ? "service_completed_successfully" : "service_healthy";
                assertThat(condition).as("%s waits for %s", app, dependency).containsEntry("condition", expected);
            });
            assertThat((Map<String, Object>) services.get(app).get("build"))
                    .containsEntry("dockerfile", "deploy/docker/Dockerfile");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void secretsComeFromTheEnvironmentNeverFromTheFile() throws IOException {
        services.forEach((name, service) -> {
            if (service.get("environment") instanceof Map<?, ?> environment) {
                ((Map<String, Object>) environment).forEach((key, value) -> {
                    if (key.matches(".*(SECRET|PASSWORD|TOKEN).*")) {
                        assertThat(String.valueOf(value))
                                .as("%s's %s", name, key)
                                .matches("\\$\\{[A-Z0-9_]+}");
                    }
                });
            }
        });
        Path example = compose.resolveSibling("env.example");
        assertThat(example).exists();
        assertThat(Files.readAllLines(Repository.deploy().resolveSibling(".gitignore")))
                .as("the filled-in .env is never committed")
                .contains("deploy/compose/.env");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyFileTheServicesMountIsInTheRepository() {
        services.forEach((name, service) -> {
            for (Object volume : (List<Object>) service.getOrDefault("volumes", List.of())) {
                String source = String.valueOf(volume).split(":")[0];
                if (source.startsWith(".")) {
                    assertThat(compose.getParent().resolve(source).normalize())
                            .as("%s mounts %s", name, source)
                            .exists();
                }
            }
        });
    }
}
