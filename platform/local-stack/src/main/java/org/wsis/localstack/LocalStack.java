package org.wsis.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wsis.embedded.KraftBroker;
import org.wsis.embedded.WireProtocolMongo;

/**
 * The whole platform on one machine, without Docker: a KRaft Kafka broker, a file-backed MongoDB
 * wire-protocol server and an SMTP server with a web inbox run in this process; Keycloak and the four
 * services run as child processes. Data lives under {@code .data/} and
 * survives restarts. {@code KAFKA_BOOTSTRAP_SERVERS}, {@code MONGODB_URI}, {@code SMTP_HOST} /
 * {@code SMTP_PORT} and {@code OIDC_ISSUER_URI} point a part at real infrastructure instead.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    /** Where things run. {@link #defaults(Path)} gives the documented fixed ports. */
    public record Options(
            Path root,
            Path dataDir,
            int kafkaPort,
            int mongoPort,
            int smtpPort,
            int mailInboxPort,
            int keycloakPort,
            int keycloakManagementPort,
            int portalPort,
            int tracesPort,
            Map<String, Integer> servicePorts,
            Map<String, String> serviceSettings) {

        /** Extra environment for the four services (Spring properties as variables), e.g. a lifted limit. */
        public Options withServiceSettings(Map<String, String> settings) {
            return new Options(
                    root,
                    dataDir,
                    kafkaPort,
                    mongoPort,
                    smtpPort,
                    mailInboxPort,
                    keycloakPort,
                    keycloakManagementPort,
                    portalPort,
                    tracesPort,
                    servicePorts,
                    Map.copyOf(settings));
        }

        /** Another data directory, e.g. a fresh one for a benchmark run; the ports stay as they are. */
        public Options withDataDir(Path dir) {
            return new Options(
                    root,
                    dir,
                    kafkaPort,
                    mongoPort,
                    smtpPort,
                    mailInboxPort,
                    keycloakPort,
                    keycloakManagementPort,
                    portalPort,
                    tracesPort,
                    servicePorts,
                    serviceSettings);
        }

        /** Free ports and a fresh data directory: for tests that run beside a running local stack. */
        public static Options isolated(Path root, Path dataDir) {
            Map<String, Integer> services = new LinkedHashMap<>();
            for (String name : List.of(
                    "submission-service",
                    "moderation-service",
                    "prize-service",
                    "notification-service",
                    "convening-service",
                    "community-service")) {
                services.put(name, org.wsis.embedded.Ports.free());
            }
            return new Options(
                    root,
                    dataDir,
                    org.wsis.embedded.Ports.free(),
                    org.wsis.embedded.Ports.free(),
                    org.wsis.embedded.Ports.free(),
                    org.wsis.embedded.Ports.free(),
                    org.wsis.embedded.Ports.free(),
                    org.wsis.embedded.Ports.free(),
                    org.wsis.embedded.Ports.free(),
                    org.wsis.embedded.Ports.free(),
                    services,
                    Map.of());
        }

        public static Options defaults(Path root) {
            Map<String, Integer> services = new LinkedHashMap<>();
            services.put("submission-service", 8081);
            services.put("moderation-service", 8082);
            services.put("prize-service", 8083);
            services.put("notification-service", 8084);
            services.put("convening-service", 8085);
            services.put("community-service", 8086);
            return new Options(
                    root, root.resolve(".data"), 9092, 27018, 3025, 8025, 8090, 8091, 8080, 9411, services, Map.of());
        }
    }

    private final Options options;
    private final Map<String, String> env;
    private final List<AutoCloseable> running = new CopyOnWriteArrayList<>();
    private final Map<String, ServiceProcess> services = Collections.synchronizedMap(new LinkedHashMap<>());
    /** What the supervisor knows of each service; changed under this stack's lock. */
    private enum Watch {
        /** Up, or down without being asked to: the supervisor starts it again. */
        WATCHED,
        /** Killed or being restarted by {@link #kill} or {@link #restart}: left alone. */
        HELD,
        /** Down on its own, with a start scheduled or under way. */
        RESTARTING
    }

    private final Map<String, Watch> watch = new ConcurrentHashMap<>();
    /** Restarts in a row of each service, for the back-off; cleared once it has stayed up a while. */
    private final Map<String, Integer> restarts = new ConcurrentHashMap<>();

    private volatile @Nullable ScheduledExecutorService supervisor;
    private volatile @Nullable ExecutorService restarter;
    private volatile boolean closing;
    private @Nullable KeycloakServer keycloak;
    private @Nullable MailInbox inbox;
    private @Nullable ServiceProcess traceServer;
    private String traces = "";
    private String kafka = "";
    private String mongo = "";
    private String smtpHost = "";
    private int smtpPort;
    private String issuerUri = "";

    public LocalStack(Options options, Map<String, String> env) {
        this.options = options;
        this.env = Map.copyOf(env);
    }

    private boolean embeddedMongo;
    private @Nullable KraftBroker broker;
    private @Nullable WireProtocolMongo mongoServer;

    public LocalStack start(Duration timeout) {
        long started = System.nanoTime();
        try (StartProgress progress = new StartProgress(Duration.ofSeconds(10))) {
            progress.waitingFor("Kafka and MongoDB");
            startInfrastructure();
            Path logs = options.dataDir().resolve("logs");
            boolean keycloaksFirstStart = !Files.isDirectory(options.dataDir().resolve("keycloak"));
            startKeycloak(logs);
            Map<String, String> serviceEnv = new LinkedHashMap<>(tracing());
            serviceEnv.putAll(options.serviceSettings());
            serviceEnv.putAll(Map.of(
                    "KAFKA_BOOTSTRAP_SERVERS",
                    kafka,
                    "MONGODB_URI",
                    mongo,
                    // The wire-protocol server needs exact-match indexes for versioned writes (see the kit).
                    "WSIS_MONGO_EXACT_MATCH_INDEXES",
                    String.valueOf(embeddedMongo),
                    "SMTP_HOST",
                    smtpHost,
                    "SMTP_PORT",
                    String.valueOf(smtpPort),
                    "OIDC_ISSUER_URI",
                    issuerUri,
                    "WSIS_DEMO_ENTRIES",
                    env.getOrDefault("WSIS_DEMO_ENTRIES", "500"),
                    "WSIS_DEMO_CONVENING",
                    env.getOrDefault("WSIS_DEMO_CONVENING", "true"),
                    "PORTAL_URL",
                    portalUrl()));
            serviceEnv.putAll(development());
            // Unsubscribe links are signed with a key of this data directory's own, kept with its data so that
            // links in the inbox survive a restart; never the development default of the repository.
            serviceEnv.put(
                    "UNSUBSCRIBE_KEYS",
                    env.getOrDefault("UNSUBSCRIBE_KEYS", "local:" + localSecret("unsubscribe-key")));
            jvmOptions().ifPresent(o -> serviceEnv.put(ServiceProcess.JVM_OPTIONS, o));
            List<Path> jars = new ArrayList<>();
            options.servicePorts().keySet().forEach(name -> jars.add(jarOf(name)));
            jars.add(jarOf("portal"));
            progress.waitingFor("the services' jars to be unpacked (once per build)");
            StartCache.prepare(jars.stream().filter(Files::isRegularFile).toList());
            options.servicePorts().forEach((name, port) -> {
                ServiceProcess process = ServiceProcess.start(name, jarOf(name), port, serviceEnv, logs);
                services.put(name, process);
                running.add(process);
            });
            if (keycloak != null) {
                progress.waitingFor(
                        keycloaksFirstStart
                                ? "Keycloak (its first start builds its database and imports the realm: about a"
                                        + " minute; log: " + logs.resolve("keycloak.log") + ")"
                                : "Keycloak");
                keycloak.awaitAnswer(timeout);
                keycloak.realm()
                        .ensure(
                                options.root().resolve("deploy/keycloak/wsis-realm.json"),
                                Map.of(
                                        "SMTP_HOST", smtpHost,
                                        "SMTP_PORT", String.valueOf(smtpPort),
                                        "MAIL_FROM", "no-reply@wsis.example.org",
                                        "PORTAL_URL", portalUrl(),
                                        "PORTAL_CLIENT_SECRET", keycloak.portalClientSecret()));
                log.info("Keycloak ready at {} (realm {})", keycloak.url(), KeycloakServer.REALM);
            }
            // The portal reads Keycloak's discovery document when it starts, so it starts once Keycloak answers.
            startPortal(logs);
            if (traceServer != null) {
                progress.waitingFor("the trace server");
                traceServer.awaitReady(timeout);
                log.info("Traces at {}", tracesUrl());
            }
            for (ServiceProcess service : List.copyOf(services.values())) {
                progress.waitingFor(service.name() + " (log: " + service.log() + ")");
                service.awaitReady(timeout);
                log.info("{} ready at {}", service.name(), service.url());
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        log.info(
                "WSIS platform ready in {} s",
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
        return this;
    }

    private void startInfrastructure() {
        kafka = env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "");
        if (kafka.isBlank()) {
            broker = new KraftBroker(options.dataDir().resolve("kafka"), options.kafkaPort(), 3).start();
            running.add(broker);
            kafka = broker.bootstrapServers();
        }
        mongo = env.getOrDefault("MONGODB_URI", "");
        if (mongo.isBlank()) {
            mongoServer = WireProtocolMongo.fileBacked(
                            options.dataDir().resolve("mongo").resolve("wsis.mv.db"), options.mongoPort())
                    .start();
            running.add(mongoServer);
            mongo = mongoServer.uri();
            embeddedMongo = true;
        }
        traces = env.getOrDefault("WSIS_TRACES_ENDPOINT", "");
        if (traces.isBlank()) {
            traceServer = ServiceProcess.traceServer(
                    options.root().resolve("platform/local-stack/target/zipkin/zipkin-server.jar"),
                    options.tracesPort(),
                    options.dataDir().resolve("logs"));
            running.add(traceServer);
            traces = traceServer.url() + "/api/v2/spans";
        }
        smtpHost = env.getOrDefault("SMTP_HOST", "");
        if (smtpHost.isBlank()) {
            inbox = new MailInbox(options.smtpPort(), options.mailInboxPort()).start();
            running.add(inbox);
            smtpHost = "127.0.0.1";
            smtpPort = options.smtpPort();
            log.info("SMTP server at 127.0.0.1:{}, inbox at {}", smtpPort, mailInboxUrl());
        } else {
            smtpPort = Integer.parseInt(env.getOrDefault("SMTP_PORT", "25"));
        }
    }

    private void startKeycloak(Path logs) {
        issuerUri = env.getOrDefault("OIDC_ISSUER_URI", "");
        if (issuerUri.isBlank()) {
            keycloak = KeycloakServer.start(
                    options.root(), options.dataDir(), options.keycloakPort(), options.keycloakManagementPort(), logs);
            running.add(keycloak);
            issuerUri = keycloak.issuerUri();
        }
    }

    private void startPortal(Path logs) {
        Map<String, String> portalEnv = new LinkedHashMap<>();
        portalEnv.put("OIDC_ISSUER_URI", issuerUri);
        portalEnv.put(
                "PORTAL_CLIENT_SECRET",
                keycloak != null ? keycloak.portalClientSecret() : env.getOrDefault("PORTAL_CLIENT_SECRET", ""));
        portalEnv.put("SUBMISSION_URL", serviceUrl("submission-service"));
        portalEnv.put("MODERATION_URL", serviceUrl("moderation-service"));
        portalEnv.put("PRIZE_URL", serviceUrl("prize-service"));
        portalEnv.put("NOTIFICATION_URL", serviceUrl("notification-service"));
        portalEnv.put("CONVENING_URL", serviceUrl("convening-service"));
        portalEnv.put("COMMUNITY_URL", serviceUrl("community-service"));
        portalEnv.putAll(development());
        portalEnv.putAll(tracing());
        jvmOptions().ifPresent(o -> portalEnv.put(ServiceProcess.JVM_OPTIONS, o));
        ServiceProcess portal = ServiceProcess.start("portal", jarOf("portal"), options.portalPort(), portalEnv, logs);
        services.put("portal", portal);
        running.add(portal);
    }

    /**
     * The local stack is a development environment: the production checks of secrets stay off even when the
     * launcher's shell says otherwise (platform/production-guard).
     */
    private static Map<String, String> development() {
        return Map.of("WSIS_ENVIRONMENT", "development");
    }

    /**
     * Every request traced and its spans sent to the trace server (or to {@code WSIS_TRACES_ENDPOINT}, a
     * Zipkin-compatible collector of your own); {@code WSIS_TRACES_SAMPLING} samples fewer (the load
     * harness samples as a deployment does).
     */
    private Map<String, String> tracing() {
        return Map.of(
                "MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENABLED",
                "true",
                "MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENDPOINT",
                traces,
                "MANAGEMENT_TRACING_SAMPLING_PROBABILITY",
                env.getOrDefault("WSIS_TRACES_SAMPLING", "1.0"));
    }

    /** The built jar of a service or the portal. */
    private Path jarOf(String name) {
        return options.root().resolve(name).resolve("target").resolve(name + ".jar");
    }

    /** A random secret kept under the data directory, made on first use: the same across restarts. */
    private String localSecret(String name) {
        Path file = options.dataDir().resolve("secrets").resolve(name);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String value = HexFormat.of().formatHex(random);
            Files.createDirectories(file.getParent());
            Files.writeString(file, value);
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<String> jvmOptions() {
        return Optional.ofNullable(env.get(ServiceProcess.JVM_OPTIONS)).filter(o -> !o.isBlank());
    }

    /**
     * Watches the services and the portal from now on: one that exits without being asked to is started
     * again after 1 s, then 2, 4... up to 60 s while it keeps failing (the count starts over once it has
     * stayed up for two minutes), and the console says so, with its log.
     */
    public synchronized void supervise() {
        if (closing || supervisor != null) {
            return;
        }
        ThreadFactory daemons = task -> {
            Thread thread = new Thread(task, "supervisor");
            thread.setDaemon(true);
            return thread;
        };
        ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(daemons);
        restarter = Executors.newCachedThreadPool(daemons);
        supervisor = checks;
        checks.scheduleWithFixedDelay(() -> checkServices(checks), 2, 2, TimeUnit.SECONDS);
    }

    private void checkServices(ScheduledExecutorService checks) {
        List<String> names;
        synchronized (services) {
            names = List.copyOf(services.keySet());
        }
        for (String name : names) {
            ServiceProcess dead;
            long delay;
            synchronized (this) {
                dead = services.get(name);
                if (closing || dead.alive() || watch.getOrDefault(name, Watch.WATCHED) != Watch.WATCHED) {
                    continue;
                }
                if (dead.upFor().compareTo(STABLE) >= 0) {
                    restarts.remove(name);
                }
                int attempt = restarts.merge(name, 1, Integer::sum);
                delay = Math.min(60, 1L << Math.min(attempt - 1, 6));
                watch.put(name, Watch.RESTARTING);
            }
            log.warn(
                    "{} stopped (exit code {}); starting it again in {} s. Its log: {}",
                    name,
                    dead.exitCode(),
                    delay,
                    dead.log());
            checks.schedule(
                    () -> {
                        ExecutorService pool = restarter;
                        if (pool != null && !closing) {
                            pool.execute(() -> startAgain(name, dead));
                        }
                    },
                    delay,
                    TimeUnit.SECONDS);
        }
    }

    private static final Duration STABLE = Duration.ofMinutes(2);

    /** Starts a service that died on its own again, unless it was killed, restarted or stopped meanwhile. */
    private void startAgain(String name, ServiceProcess dead) {
        ServiceProcess again;
        synchronized (this) {
            if (closing || watch.get(name) != Watch.RESTARTING || services.get(name) != dead) {
                return;
            }
            again = replace(name);
        }
        try {
            again.awaitReady(Duration.ofSeconds(180));
            log.info("{} is back at {}", name, again.url());
        } catch (RuntimeException e) {
            log.warn("{} did not come back: {}", name, e.getMessage());
        } finally {
            synchronized (this) {
                watch.replace(name, Watch.RESTARTING, Watch.WATCHED);
            }
        }
    }

    /** The service's process replaced by a new one from the same jar; under this stack's lock. */
    private ServiceProcess replace(String name) {
        ServiceProcess old = services.get(name);
        old.close();
        running.remove(old);
        ServiceProcess again = old.startedAgain();
        services.put(name, again);
        running.add(again);
        return again;
    }

    // What operators and the fault tests do to a running stack.

    /** Kills a service or the portal at once (SIGKILL), as a crash would; it stays down until restarted. */
    public synchronized void kill(String name) {
        watch.put(name, Watch.HELD);
        services.get(name).kill();
    }

    /** Starts a killed or stopped service again, on its port, and waits until it is ready. */
    public void restart(String name, Duration timeout) {
        ServiceProcess again;
        synchronized (this) {
            watch.put(name, Watch.HELD);
            again = replace(name);
        }
        try {
            again.awaitReady(timeout);
        } finally {
            synchronized (this) {
                watch.put(name, Watch.WATCHED);
            }
        }
    }

    /** Stops the in-process Kafka broker; its data stays on disk. */
    public void stopKafka() {
        embedded(broker, "Kafka").close();
    }

    /** Starts the in-process Kafka broker again, on its port and data. */
    public void startKafka() {
        embedded(broker, "Kafka").start();
    }

    /** Stops the in-process MongoDB wire-protocol server: its data stays in its file. */
    public void stopMongo() {
        embedded(mongoServer, "MongoDB").close();
    }

    /** Starts the in-process MongoDB wire-protocol server again, on its port and file. */
    public void startMongo() {
        embedded(mongoServer, "MongoDB").start();
    }

    /** Starts the wire-protocol server if a test stopped it and did not start it again. */
    public void startMongoIfStopped() {
        WireProtocolMongo server = embedded(mongoServer, "MongoDB");
        if (!server.running()) {
            server.start();
        }
    }

    public String kafkaBootstrapServers() {
        return kafka;
    }

    private static <T> T embedded(@Nullable T part, String what) {
        if (part == null) {
            throw new IllegalStateException(what + " is not run by this stack");
        }
        return part;
    }

    /** Adds voter accounts to the local Keycloak (password {@code <username>-wsis-demo}). */
    public void addVoters(List<String> usernames) {
        addAccounts(usernames, List.of());
    }

    /** Adds accounts with these realm roles besides the default ones (password {@code <username>-wsis-demo}). */
    public void addAccounts(List<String> usernames, List<String> roles) {
        embedded(keycloak, "Keycloak").realm().addAccounts(usernames, roles);
    }

    /** An access token of any account of the local Keycloak, by its password. */
    public String token(String username, String password) {
        return embedded(keycloak, "Keycloak").realm().demoToken(username, password);
    }

    /** A demo user's token that expires {@code lifetime} after now (a local-only client gives it). */
    public String shortLivedToken(String user, Duration lifetime) {
        return embedded(keycloak, "Keycloak").realm().shortLivedToken(user, user + "-wsis-demo", lifetime);
    }

    /**
     * A demo user's token from another client of the realm, one that is not part of the platform: the
     * services must refuse it.
     */
    public String anotherClientsToken(String user) {
        return embedded(keycloak, "Keycloak").realm().anotherClientsToken(user, user + "-wsis-demo");
    }

    /** A demo user's access token from Keycloak (5 minutes), or null without a local Keycloak. */
    public @Nullable String demoToken(String user) {
        if (keycloak == null) {
            return null;
        }
        return KeycloakRealm.DEMO_USERS.stream()
                .filter(u -> u.username().equals(user.toLowerCase(Locale.ROOT)))
                .findFirst()
                .map(u -> keycloak.realm().demoToken(u.username(), u.password()))
                .orElse(null);
    }

    /** The operating system's id of a service's or the portal's process. */
    public long pid(String name) {
        return services.get(name).pid();
    }

    public String serviceUrl(String name) {
        return services.get(name).url();
    }

    public String mailInboxUrl() {
        return "http://localhost:" + options.mailInboxPort();
    }

    /** Where the web portal will answer; Keycloak sends people back there after login. */
    public String portalUrl() {
        return "http://localhost:" + options.portalPort();
    }

    /** The trace server's UI, where a request's trace is found by its id (the logs' first hex field). */
    public String tracesUrl() {
        return traceServer == null ? traces : traceServer.url() + "/zipkin/";
    }

    /** The trace server's query API ({@code /api/v2/...}), when the stack runs its own. */
    public Optional<String> tracesApi() {
        return Optional.ofNullable(traceServer).map(t -> t.url() + "/api/v2");
    }

    public String keycloakUrl() {
        return keycloak == null ? issuerUri : keycloak.url();
    }

    private String banner() {
        StringBuilder text = new StringBuilder("\n  WSIS platform is running (Ctrl-C stops everything)\n\n");
        synchronized (services) {
            services.values()
                    .forEach(s -> text.append(String.format(
                            "  %-22s %s%n", s.name(), s.name().equals("portal") ? s.url() : s.url() + "/v3/api-docs")));
        }
        text.append(String.format("  %-22s %s/api/docs%n", "API documentation", portalUrl()));
        text.append(String.format("  %-22s %s/api/docs/events%n", "Event catalogue", portalUrl()));
        text.append(String.format("  %-22s %s%n", "Kafka", kafka));
        text.append(String.format("  %-22s %s%n", "MongoDB", mongo));
        if (inbox != null) {
            text.append(String.format("  %-22s %s  (SMTP %s:%d)%n", "Mail inbox", mailInboxUrl(), smtpHost, smtpPort));
        }
        text.append(String.format("  %-22s %s%n", "Keycloak (realm wsis)", issuerUri));
        text.append(String.format("  %-22s %s%n", "Traces (Zipkin)", tracesUrl()));
        if (keycloak != null) {
            text.append("\n  Demo accounts (LOCAL ONLY; user name / password):\n");
            KeycloakRealm.DEMO_USERS.forEach(u -> text.append(String.format(
                    "    %-8s %-18s %-16s %s%n",
                    u.username(),
                    u.password(),
                    u.displayName(),
                    u.roles().isEmpty() ? "voter" : String.join(", ", u.roles()))));
            text.append("  Keycloak's own admin console: bootstrap-admin / the password in ")
                    .append(options.dataDir().resolve("keycloak/bootstrap-admin-password"))
                    .append('\n');
        }
        text.append("\n  Logs: ").append(options.dataDir().resolve("logs")).append('\n');
        return text.toString();
    }

    @Override
    public void close() {
        closing = true;
        ScheduledExecutorService checks = supervisor;
        ExecutorService pool = restarter;
        if (checks != null) {
            checks.shutdownNow();
        }
        if (pool != null) {
            pool.shutdownNow();
        }
        List<AutoCloseable> reversed;
        synchronized (this) {
            reversed = new ArrayList<>(running);
        }
        java.util.Collections.reverse(reversed);
        // Every service and the portal are asked at once, so that they stop (and, the first time after a
        // build, write their start-up caches) side by side rather than one after the other.
        List<ServiceProcess> processes = reversed.stream()
                .filter(ServiceProcess.class::isInstance)
                .map(ServiceProcess.class::cast)
                .toList();
        if (processes.stream().anyMatch(ServiceProcess::writesStartCacheOnStop)) {
            log.info("Stopping; the services write their start-up caches for a faster next start (once per build)");
        }
        processes.forEach(ServiceProcess::askToStop);
        for (AutoCloseable part : reversed) {
            try {
                part.close();
            } catch (Exception e) {
                log.warn("Stopping {} failed: {}", part, e.toString());
            }
        }
        running.clear();
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = Path.of(System.getProperty("wsis.root", "")).toAbsolutePath();
        Options options = Options.defaults(root);
        String dataDir = System.getenv("WSIS_DATA_DIR");
        if (dataDir != null && !dataDir.isBlank()) {
            options = options.withDataDir(Path.of(dataDir).toAbsolutePath());
        }
        LocalStack stack = new LocalStack(options, System.getenv());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping the WSIS platform");
            stack.close();
            stopped.countDown();
        }));
        try {
            stack.start(Duration.ofSeconds(180));
        } catch (RuntimeException e) {
            log.error("The platform could not start: {}", e.getMessage());
            System.exit(1);
        }
        stack.supervise();
        System.out.println(stack.banner());
        stopped.await();
    }
}
