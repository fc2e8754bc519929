package org.wsis.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code deploy/compose/compose.yaml} (production) and its development overlay {@code compose.dev.yaml}
 * against the Compose Specification's schema, and against what the platform needs of them: only the TLS
 * proxy published, Keycloak in production mode behind it, credentials for MongoDB and Kafka, secure
 * cookies, secrets only from the environment and never silently empty, pinned images, health checks,
 * start order on health, memory limits.
 */
class ComposeFileTest {

    private static final Set<String> APPS = Set.of(
            "submission-service",
            "moderation-service",
            "prize-service",
            "notification-service",
            "convening-service",
            "community-service",
            "portal");
    private static final Set<String> ONE_SHOT = Set.of("kafka-topics");
    /** Secrets that may be left empty: an SMTP relay without login, the secret of links from before key ids. */
    private static final Set<String> OPTIONAL_SECRETS = Set.of("SMTP_PASSWORD", "UNSUBSCRIBE_SECRET");

    private static Path compose;
    private static Map<String, Object> file;
    private static Map<String, Map<String, Object>> services;
    private static Map<String, Object> overlay;
    private static Map<String, Map<String, Object>> overlaid;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        compose = Repository.deploy().resolve("compose/compose.yaml");
        file = new Yaml().load(Files.readString(compose));
        services = (Map<String, Map<String, Object>>) file.get("services");
        overlay = new Yaml().load(Files.readString(compose.resolveSibling("compose.dev.yaml")));
        overlaid = (Map<String, Map<String, Object>>) overlay.get("services");
    }

    @Test
    void bothFilesFollowTheComposeSpecification() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode spec;
        try (InputStream in = getClass().getResourceAsStream("/compose-spec.json")) {
            spec = (ObjectNode) json.readTree(in);
        }
        // The published schema still names itself with the older "id" keyword; 2019-09 calls it "$id".
        dropLegacyIds(spec, "");
        spec.put("$id", "https://raw.githubusercontent.com/compose-spec/compose-spec/master/schema/compose-spec.json");
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
                .getSchema(spec);
        List<com.networknt.schema.Error> problems = schema.validate((JsonNode) json.valueToTree(file));
        assertThat(problems).as("schema violations of compose.yaml").isEmpty();
        assertThat(schema.validate((JsonNode) json.valueToTree(overlay)))
                .as("schema violations of compose.dev.yaml")
                .isEmpty();
    }

    /** Removes the draft-04 style {@code id} keywords (but not properties that happen to be named id). */
    private static void dropLegacyIds(JsonNode node, String parentKey) {
        if (node instanceof ObjectNode object) {
            if (!parentKey.equals("properties") && object.path("id").isString()) {
                object.remove("id");
            }
            object.properties().forEach(e -> dropLegacyIds(e.getValue(), e.getKey()));
        } else if (node.isArray()) {
            node.forEach(item -> dropLegacyIds(item, ""));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void inProductionOnlyTheTlsProxyIsPublished() {
        services.forEach((name, service) -> {
            if (!name.equals("proxy")) {
                assertThat(service).as("%s publishes no port", name).doesNotContainKey("ports");
            }
        });
        assertThat((List<String>) services.get("proxy").get("ports")).containsExactlyInAnyOrder("80:80", "443:443");
    }

    @Test
    void theProxyTerminatesTlsSendsHstsAndKeepsKeycloaksAdministrationInside() throws IOException {
        String proxy = Files.readString(compose.resolveSibling("proxy/default.conf.template"));

        assertThat(proxy)
                .contains("listen 443 ssl;")
                .contains("ssl_certificate /etc/nginx/tls/fullchain.pem;")
                .contains("add_header Strict-Transport-Security")
                .contains("return 301 https://${PUBLIC_HOST}$request_uri;")
                .contains("proxy_set_header X-Forwarded-For $remote_addr;");
        assertThat(proxy.replaceAll("\\s+", " "))
                .as("people's pages of Keycloak pass; its master realm and everything else under /auth do not")
                .contains("location ^~ /auth/realms/master/ { return 404; }")
                .contains("location ^~ /auth/realms/ { proxy_pass $keycloak;")
                .contains("location ^~ /auth/resources/ { proxy_pass $keycloak; }")
                .contains("location ^~ /auth/ { return 404; }")
                .doesNotContain("/auth/admin/ { proxy_pass");
        assertThat(proxy.replaceAll("\\s+", " "))
                .as("the portal's metrics are not published; its health probes are")
                .contains("location ^~ /actuator/ { return 404; }")
                .contains("location ^~ /actuator/health { proxy_pass $portal; }");
    }

    @Test
    @SuppressWarnings("unchecked")
    void keycloakRunsInProductionModeBehindTheProxyAfterCheckingItsSecrets() {
        Map<String, Object> keycloak = services.get("keycloak");
        assertThat((List<String>) keycloak.get("command")).containsExactly("start", "--import-realm");
        assertThat((List<String>) keycloak.get("entrypoint"))
                .startsWith("/bin/bash", "/opt/wsis/check-secrets.sh")
                .contains("PORTAL_CLIENT_SECRET:32")
                .endsWith("--", "/opt/keycloak/bin/kc.sh");
        assertThat((Map<String, Object>) keycloak.get("environment"))
                .containsEntry("REALM_IMPORT_DIR", "/opt/keycloak/data/import")
                .containsEntry("KC_PROXY_HEADERS", "xforwarded")
                .containsEntry("KC_DB", "postgres")
                .containsEntry("KC_HOSTNAME", "https://${PUBLIC_HOST:?set PUBLIC_HOST in .env (see env.example)}/auth");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyApplicationRunsInProductionWithCredentialsForMongoDbAndKafka() {
        for (String app : APPS) {
            Map<String, Object> environment =
                    (Map<String, Object>) services.get(app).get("environment");
            assertThat(environment).as(app).containsEntry("WSIS_ENVIRONMENT", "production");
            assertThat(environment).as(app).containsKey("WSIS_TRUSTED_PROXIES");
            if (!app.equals("portal")) {
                assertThat(environment)
                        .as(app)
                        .containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
                        .containsKeys("KAFKA_USERNAME", "KAFKA_PASSWORD", "MONGODB_USERNAME", "MONGODB_PASSWORD");
            }
        }
        assertThat((Map<String, Object>) services.get("portal").get("environment"))
                .containsEntry("SESSION_COOKIE_SECURE", "true")
                .containsEntry("WSIS_TRUSTED_PROXIES", "172\\.30\\.0\\.10");
        Map<String, Object> kafka = (Map<String, Object>) services.get("kafka").get("environment");
        assertThat(String.valueOf(kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP")))
                .contains("CLIENT:SASL_PLAINTEXT");
        assertThat(String.valueOf(kafka.get("KAFKA_ADVERTISED_LISTENERS"))).contains("CLIENT://kafka:9092");
        assertThat((Map<String, Object>) services.get("mongo").get("environment"))
                .containsKeys("MONGO_INITDB_ROOT_PASSWORD", "MONGODB_REPLICA_KEY");
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
    void secretsComeFromTheEnvironmentAndAMissingOneStopsCompose() throws IOException {
        for (Map<String, Map<String, Object>> file : List.of(services, overlaid)) {
            file.forEach((name, service) -> {
                if (service.get("environment") instanceof Map<?, ?> environment) {
                    ((Map<String, Object>) environment).forEach((key, value) -> {
                        if (key.matches(".*(SECRET|PASSWORD|TOKEN|_KEYS?)")) {
                            String expected = OPTIONAL_SECRETS.contains(key)
                                    ? "\\$\\{" + key + ":-}"
                                    : "\\$\\{[A-Z0-9_]+:\\?[^}]+}";
                            assertThat(String.valueOf(value))
                                    .as("%s's %s: a variable, and Compose stops when it is missing", name, key)
                                    .matches(expected);
                        }
                    });
                }
            });
        }
        assertThat(compose.resolveSibling("env.example")).exists();
        assertThat(Files.readAllLines(Repository.deploy().resolveSibling(".gitignore")))
                .as("the filled-in .env is never committed")
                .contains("deploy/compose/.env");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyApplicationSendsItsSpansToTheTraceCollector() {
        for (String app : APPS) {
            Map<String, Object> environment =
                    (Map<String, Object>) services.get(app).get("environment");
            assertThat(environment)
                    .as(app)
                    .containsEntry("MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENABLED", "true")
                    .containsEntry("MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENDPOINT", "http://zipkin:9411/api/v2/spans")
                    .containsEntry("MANAGEMENT_TRACING_SAMPLING_PROBABILITY", "${TRACES_SAMPLING:-0.1}");
        }
        assertThat(services.get("zipkin")).containsKeys("image", "healthcheck", "mem_limit");
        assertThat((List<String>) overlaid.get("zipkin").get("ports")).containsExactly("127.0.0.1:9411:9411");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDevelopmentOverlayAddsTheConveniencesOnLoopbackOnly() {
        assertThat(overlaid).containsKeys("mailpit", "keycloak", "prometheus", "grafana", "zipkin");
        assertThat((List<String>) overlaid.get("keycloak").get("command")).contains("start-dev");
        assertThat((List<String>) overlaid.get("mailpit").get("ports")).containsExactly("127.0.0.1:8025:8025");
        overlaid.forEach((name, service) -> {
            for (Object port : (List<Object>) service.getOrDefault("ports", List.of())) {
                assertThat(String.valueOf(port))
                        .as("%s publishes on loopback", name)
                        .startsWith("127.0.0.1:");
            }
            if (!services.containsKey(name)) {
                assertThat(service)
                        .as("%s, new in the overlay", name)
                        .containsKeys("image", "healthcheck", "mem_limit");
            }
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyFileTheServicesMountIsInTheRepository() {
        for (Map<String, Map<String, Object>> file : List.of(services, overlaid)) {
            file.forEach((name, service) -> {
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
}
