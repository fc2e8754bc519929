package org.wsis.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keycloak in dev mode on loopback, from the distribution the build unpacked from Maven Central. Its
 * database lives under the data directory; on the first start the {@code wsis} realm of
 * {@code deploy/keycloak/} is created with its placeholders filled in, plus what only a local machine
 * gets: the demo accounts and {@value #LOCAL_CLIENT}, a client that trades a demo password for a token
 * (handy with curl, never part of the deployed realm).
 */
final class KeycloakServer implements AutoCloseable {

    static final String REALM = "wsis";
    static final String PORTAL_CLIENT = "wsis-portal";
    static final String LOCAL_CLIENT = "wsis-local-cli";

    /** Demo accounts: user name, display name, e-mail, roles (none: a voter). */
    record DemoUser(String username, String firstName, String lastName, String organisation, List<String> roles) {
        String email() {
            return username + "@example.org";
        }

        String password() {
            return username + "-wsis-demo";
        }

        String displayName() {
            return firstName + " " + lastName;
        }
    }

    static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("amina", "Amina", "Diallo", "Ministry of Digital Economy", List.of("stakeholder")),
            new DemoUser("omar", "Omar", "Haddad", "WSIS Secretariat", List.of("moderator")),
            new DemoUser("lena", "Lena", "Fischer", "WSIS Secretariat", List.of("moderator")),
            new DemoUser("elena", "Elena", "Petrova", "University of Tartu", List.of("expert")),
            new DemoUser("admin", "Platform", "Admin", "WSIS Secretariat", List.of("admin")),
            new DemoUser("victor", "Victor", "Chen", "", List.of()));

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::([^}]*))?}");

    private final Path distribution;
    private final Path home;
    private final int port;
    private final int managementPort;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private Process process;
    private final Path log;

    private KeycloakServer(Path distribution, Path home, int port, int managementPort, Path log) {
        this.distribution = distribution;
        this.home = home;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    /** Starts the server; {@link #awaitRealm} then waits for it and creates the realm if needed. */
    static KeycloakServer start(Path root, Path dataDir, int port, int managementPort, Path logDir) {
        Path distribution = findDistribution(root);
        Path home = dataDir.resolve("keycloak");
        KeycloakServer server =
                new KeycloakServer(distribution, home, port, managementPort, logDir.resolve("keycloak.log"));
        server.launch();
        return server;
    }

    private static Path findDistribution(Path root) {
        Path unpacked = root.resolve("platform/local-stack/target/keycloak");
        try (Stream<Path> dirs = Files.isDirectory(unpacked) ? Files.list(unpacked) : Stream.empty()) {
            // The newest, should an older one still be unpacked from before an upgrade.
            return dirs.filter(d -> Files.isRegularFile(d.resolve("bin/kc.sh")))
                    .max(java.util.Comparator.comparing(KeycloakServer::versionOf))
                    .orElseThrow(() -> new IllegalStateException("No Keycloak distribution under " + unpacked
                            + ": build first (./mvnw -DskipTests package), which fetches it from Maven Central."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Runtime.Version versionOf(Path distribution) {
        String name = distribution.getFileName().toString();
        try {
            return Runtime.Version.parse(name.substring(name.indexOf('-') + 1));
        } catch (RuntimeException notAVersion) {
            return Runtime.Version.parse("0");
        }
    }

    private void launch() {
        try {
            Files.createDirectories(home);
            Files.createDirectories(log.getParent());
            String adminPassword = secret("bootstrap-admin-password");
            String javaHome = Path.of(ProcessHandle.current()
                            .info()
                            .command()
                            .orElseThrow(() -> new IllegalStateException("Cannot tell which java runs the launcher")))
                    .getParent()
                    .getParent()
                    .toString();
            List<String> command = new ArrayList<>(List.of(
                    "bash",
                    distribution.resolve("bin/kc.sh").toString(),
                    "start-dev",
                    "--http-host=127.0.0.1",
                    "--http-port=" + port,
                    "--http-management-port=" + managementPort,
                    "--hostname=" + url(),
                    "--db=dev-file",
                    "--db-url=jdbc:h2:file:" + home.resolve("keycloakdb").toAbsolutePath() + ";NON_KEYWORDS=VALUE",
                    "--cache=local"));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("JAVA_HOME", javaHome);
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "bootstrap-admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A random secret kept in the Keycloak folder, so that it survives restarts with the database. */
    String secret(String name) {
        Path file = home.resolve(name);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String value = HexFormat.of().formatHex(random);
            Files.createDirectories(home);
            Files.writeString(file, value);
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://localhost:" + port;
    }

    String issuerUri() {
        return url() + "/realms/" + REALM;
    }

    String portalClientSecret() {
        return secret("portal-client-secret");
    }

    /**
     * Waits until Keycloak answers, then creates the realm from {@code realmFile} unless it exists;
     * {@code placeholders} fill its {@code ${NAME}} and {@code ${NAME:default}} values, as Keycloak's own
     * import does with environment variables.
     */
    void awaitRealm(Path realmFile, Map<String, String> placeholders, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (status(get(url() + "/realms/master")) != 200) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Keycloak not ready after " + timeout + "; see " + log);
            }
            pause();
        }
        String admin = adminToken();
        if (status(get(url() + "/admin/realms/" + REALM).header("Authorization", "Bearer " + admin)) == 200) {
            if (hasPlatformAudience(admin)) {
                return;
            }
            // A realm made by an older version of the platform: its clients' tokens lack the audience the
            // services now require. Local data only: the realm is made again (local accounts are lost).
            System.out.println("The local realm predates the platform's token audience; creating it again.");
            send(HttpRequest.newBuilder(URI.create(url() + "/admin/realms/" + REALM))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + admin)
                    .DELETE());
        }
        ObjectNode realm = localRealm(realmFile, placeholders);
        HttpResponse<String> created = send(post(url() + "/admin/realms", realm.toString(), "application/json")
                .header("Authorization", "Bearer " + admin));
        if (created.statusCode() != 201) {
            throw new IllegalStateException(
                    "Creating the realm failed: " + created.statusCode() + " " + created.body());
        }
    }

    private boolean hasPlatformAudience(String admin) {
        HttpResponse<String> scopes = send(
                get(url() + "/admin/realms/" + REALM + "/client-scopes").header("Authorization", "Bearer " + admin));
        return scopes.statusCode() == 200
                && JSON.readTree(scopes.body())
                        .valueStream()
                        .anyMatch(s -> "wsis-api".equals(s.path("name").asString()));
    }

    private ObjectNode localRealm(Path realmFile, Map<String, String> placeholders) {
        String text;
        try {
            text = Files.readString(realmFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode realm = (ObjectNode) JSON.readTree(fill(text, placeholders));
        ArrayNode clients = (ArrayNode) realm.get("clients");
        ObjectNode portal = clients.values().stream()
                .filter(c -> PORTAL_CLIENT.equals(c.path("clientId").asString()))
                .map(ObjectNode.class::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(realmFile + " has no " + PORTAL_CLIENT + " client"));
        ObjectNode cli = clients.addObject();
        cli.put("clientId", LOCAL_CLIENT)
                .put("name", "LOCAL ONLY: demo tokens for curl")
                .put("enabled", true)
                .put("publicClient", true)
                .put("standardFlowEnabled", false)
                .put("directAccessGrantsEnabled", true);
        // The portal's scopes: the platform's audience and the claims the services read.
        cli.set("defaultClientScopes", portal.get("defaultClientScopes"));
        ArrayNode users = realm.putArray("users");
        // Demo accounts date from before the demo, so the voting rules do not see them as brand new.
        long created = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
        for (DemoUser demo : DEMO_USERS) {
            ObjectNode user = users.addObject();
            user.put("username", demo.username())
                    .put("email", demo.email())
                    .put("firstName", demo.firstName())
                    .put("lastName", demo.lastName())
                    .put("enabled", true)
                    .put("emailVerified", true)
                    .put("createdTimestamp", created);
            ObjectNode attributes = user.putObject("attributes");
            attributes.putArray("locale").add("en");
            if (!demo.organisation().isEmpty()) {
                attributes.putArray("organisation").add(demo.organisation());
            }
            ArrayNode roles = user.putArray("realmRoles");
            roles.add("default-roles-wsis");
            demo.roles().forEach(roles::add);
            user.putArray("credentials")
                    .addObject()
                    .put("type", "password")
                    .put("value", demo.password())
                    .put("temporary", false);
        }
        return realm;
    }

    static String fill(String text, Map<String, String> placeholders) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = placeholders.get(m.group(1));
            if (value == null) {
                value = m.group(2);
            }
            if (value == null) {
                throw new IllegalStateException("The realm needs a value for ${" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A demo user's access token, through the local-only password client. */
    String demoToken(String username, String password) {
        return token(LOCAL_CLIENT, username, password);
    }

    private String token(String clientId, String username, String password) {
        HttpResponse<String> answer = send(post(
                issuerUri() + "/protocol/openid-connect/token",
                form(Map.of(
                        "grant_type", "password",
                        "client_id", clientId,
                        "username", username,
                        "password", password)),
                "application/x-www-form-urlencoded"));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("No token for " + username + ": " + answer.body());
        }
        return JSON.readTree(answer.body()).path("access_token").asString();
    }

    /**
     * Adds accounts in one request (verified e-mail, created on 2025-01-01 like the demo accounts,
     * password {@code <username>-wsis-demo}, the default roles plus {@code roles}); an account that
     * exists already is kept as it is.
     */
    void addAccounts(List<String> usernames, List<String> roles) {
        ObjectNode partial = JSON.createObjectNode().put("ifResourceExists", "SKIP");
        ArrayNode users = partial.putArray("users");
        long created = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
        for (String username : usernames) {
            ObjectNode user = users.addObject()
                    .put("username", username)
                    .put("email", username + "@example.org")
                    .put("firstName", "Account")
                    .put("lastName", username)
                    .put("enabled", true)
                    .put("emailVerified", true)
                    .put("createdTimestamp", created);
            ArrayNode realmRoles = user.putArray("realmRoles").add("default-roles-wsis");
            roles.forEach(realmRoles::add);
            user.putArray("credentials")
                    .addObject()
                    .put("type", "password")
                    .put("value", username + "-wsis-demo")
                    .put("temporary", false);
        }
        HttpResponse<String> answer =
                send(post(url() + "/admin/realms/" + REALM + "/partialImport", partial.toString(), "application/json")
                        .header("Authorization", "Bearer " + adminToken()));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Adding accounts failed: " + answer.statusCode() + " " + answer.body());
        }
    }

    /**
     * A token of a demo account that expires {@code lifetime} after it is issued, through a local-only
     * client whose access tokens live that long (created on first use): how an expired token is had
     * without waiting five minutes.
     */
    String shortLivedToken(String username, String password, Duration lifetime) {
        String clientId = LOCAL_CLIENT + "-" + lifetime.toSeconds() + "s";
        ObjectNode client = JSON.createObjectNode()
                .put("clientId", clientId)
                .put("name", "LOCAL ONLY: short-lived tokens")
                .put("enabled", true)
                .put("publicClient", true)
                .put("standardFlowEnabled", false)
                .put("directAccessGrantsEnabled", true);
        client.putObject("attributes").put("access.token.lifespan", String.valueOf(lifetime.toSeconds()));
        platformScopes(client);
        String admin = adminToken();
        HttpResponse<String> made =
                send(post(url() + "/admin/realms/" + REALM + "/clients", client.toString(), "application/json")
                        .header("Authorization", "Bearer " + admin));
        if (made.statusCode() != 201 && made.statusCode() != 409) {
            throw new IllegalStateException("Creating " + clientId + " failed: " + made.body());
        }
        return token(clientId, username, password);
    }

    /**
     * Gives a local client the scopes of the platform's own clients: without the audience they add, the
     * services refuse its tokens.
     */
    static void platformScopes(ObjectNode client) {
        ArrayNode scopes = client.putArray("defaultClientScopes");
        List.of("web-origins", "acr", "profile", "roles", "basic", "email", "wsis-claims", "wsis-api")
                .forEach(scopes::add);
    }

    /**
     * A token of a demo account from a client of the realm that is not one of the platform's (made on
     * first use, without the platform's scopes): signed by the realm, but not meant for the services.
     */
    String anotherClientsToken(String username, String password) {
        String clientId = "wsis-local-other-application";
        ObjectNode client = JSON.createObjectNode()
                .put("clientId", clientId)
                .put("name", "LOCAL ONLY: an application that is not part of the platform")
                .put("enabled", true)
                .put("publicClient", true)
                .put("standardFlowEnabled", false)
                .put("directAccessGrantsEnabled", true);
        HttpResponse<String> made =
                send(post(url() + "/admin/realms/" + REALM + "/clients", client.toString(), "application/json")
                        .header("Authorization", "Bearer " + adminToken()));
        if (made.statusCode() != 201 && made.statusCode() != 409) {
            throw new IllegalStateException("Creating " + clientId + " failed: " + made.body());
        }
        return token(clientId, username, password);
    }

    private String adminToken() {
        HttpResponse<String> answer = send(post(
                url() + "/realms/master/protocol/openid-connect/token",
                form(Map.of(
                        "grant_type", "password",
                        "client_id", "admin-cli",
                        "username", "bootstrap-admin",
                        "password", secret("bootstrap-admin-password"))),
                "application/x-www-form-urlencoded"));
        JsonNode body = JSON.readTree(answer.body());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused its bootstrap admin: " + answer.body());
        }
        return body.path("access_token").asString();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .GET();
    }

    private static HttpRequest.Builder post(String url, String body, String contentType) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private int status(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException notYet) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    @Override
    public String toString() {
        return "Keycloak at " + url();
    }
}
