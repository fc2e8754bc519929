package org.wsis.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Keycloak in dev mode on loopback, from the distribution the build unpacked from Maven Central: the
 * process, its database under the data directory, and the secrets kept beside it (the bootstrap admin's
 * password, the portal's client secret). The realm on it is {@link KeycloakRealm}'s.
 */
final class KeycloakServer implements AutoCloseable {

    /** The platform's realm. */
    static final String REALM = KeycloakRealm.REALM;

    private final Path distribution;
    private final Path home;
    private final int port;
    private final int managementPort;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private Process process;
    private final Path log;
    private final KeycloakRealm realm;

    private KeycloakServer(Path distribution, Path home, int port, int managementPort, Path log) {
        this.distribution = distribution;
        this.home = home;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
        this.realm = new KeycloakRealm(url(), secret("bootstrap-admin-password"));
    }

    /** Starts the server; {@link #awaitAnswer} then waits for it, and {@link #realm} creates the realm if needed. */
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
            ServiceProcess.fewMallocArenas(builder.environment());
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            // Keycloak's own class-data archive, written at its first stop and mapped from then on. kc.sh
            // splits these options at blanks and quotes, so a path holding any goes without an archive.
            String archive =
                    distribution.resolve("keycloak.jsa").toAbsolutePath().toString();
            if (archive.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'')) {
                String own = System.getenv().getOrDefault("JAVA_OPTS_APPEND", "");
                // Its module options keep the JDK's module graph out of the archive, which the JVM says as
                // an error at every start: not logged. The user's own options come last and win.
                builder.environment()
                        .put(
                                "JAVA_OPTS_APPEND",
                                ("-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=" + archive + " -Xlog:cds=off "
                                                + own)
                                        .strip());
            }
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

    /** Waits until Keycloak answers; refuses when it exits or {@code timeout} passes first. */
    void awaitAnswer(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (status(HttpRequest.newBuilder(URI.create(url() + "/realms/master"))
                        .timeout(Duration.ofSeconds(10))
                        .GET())
                != 200) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Keycloak not ready after " + timeout + "; see " + log);
            }
            pause();
        }
    }

    /** The platform's realm on this server, through the admin API. */
    KeycloakRealm realm() {
        return realm;
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
            // Up to 45 s: its first stop also writes its class-data archive.
            if (!process.waitFor(45, TimeUnit.SECONDS)) {
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
