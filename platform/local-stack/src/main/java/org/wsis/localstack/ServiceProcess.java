package org.wsis.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/** One platform service running from its built jar as a child process, logging to a file. */
final class ServiceProcess implements AutoCloseable {

    static final String JVM_OPTIONS = "WSIS_SERVICE_JVM_OPTIONS";

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> env;
    private final Path log;
    private final Process process;
    private final List<String> jvm;
    private final String readiness;
    private final @Nullable StartCache cache;
    private final @Nullable Path builtJar;
    private final long startedAt = System.nanoTime();

    private ServiceProcess(
            String name,
            Path jar,
            int port,
            Map<String, String> env,
            Path log,
            Process process,
            List<String> jvm,
            String readiness,
            @Nullable StartCache cache,
            @Nullable Path builtJar) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.env = Map.copyOf(env);
        this.log = log;
        this.process = process;
        this.jvm = List.copyOf(jvm);
        this.readiness = readiness;
        this.cache = cache;
        this.builtJar = builtJar;
    }

    /**
     * A service or the portal: ready when its readiness probe answers UP. It runs from its {@link
     * StartCache} when the jar was unpacked.
     */
    static ServiceProcess start(String name, Path jar, int port, Map<String, String> env, Path logDir) {
        requireBuilt(jar);
        StartCache cache = StartCache.of(jar);
        List<String> jvm = new ArrayList<>(jvmOptions(env));
        jvm.addAll(cache.jvmOptions());
        return start(name, cache.launchJar(), port, env, logDir, jvm, "/actuator/health/readiness", cache, jar);
    }

    private static void requireBuilt(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Missing " + jar
                    + ": build the platform first (./mvnw -DskipTests package), then start the stack.");
        }
    }

    /**
     * Zipkin's server with in-memory storage (the newest spans only, within a small heap): the stack's
     * services send it their spans, and its UI shows a request's trace.
     */
    static ServiceProcess traceServer(Path jar, int port, Path logDir) {
        return start(
                "trace-server",
                jar,
                port,
                Map.of("MEM_MAX_SPANS", "20000"),
                logDir,
                List.of(
                        "-XX:+UseSerialGC",
                        "-Xmx96m",
                        "-XX:TieredStopAtLevel=1",
                        "-Xss512k",
                        // On this machine's loopback only, like Keycloak and the mail inbox.
                        "-Darmeria.ports[0].ip=127.0.0.1",
                        "-Darmeria.ports[0].port=" + port,
                        "-Darmeria.ports[0].protocols[0]=http"),
                "/health",
                null,
                null);
    }

    private static ServiceProcess start(
            String name,
            Path jar,
            int port,
            Map<String, String> env,
            Path logDir,
            List<String> jvm,
            String readiness,
            @Nullable StartCache cache,
            @Nullable Path builtJar) {
        requireBuilt(jar);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvm);
        command.addAll(List.of("-jar", jar.toString()));
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            fewMallocArenas(builder.environment());
            builder.environment().putAll(env);
            builder.environment().put("SERVER_PORT", String.valueOf(port));
            return new ServiceProcess(name, jar, port, env, log, builder.start(), jvm, readiness, cache, builtJar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JVM's options: by default a small heap and the first JIT tier only, which starts a service in
     * seconds and keeps the whole stack within a laptop's memory; {@value #JVM_OPTIONS} replaces them (the
     * load harness runs the services with the full JIT, as a deployment does).
     */
    private static List<String> jvmOptions(Map<String, String> env) {
        String options = env.get(JVM_OPTIONS);
        if (options == null || options.isBlank()) {
            return List.of("-XX:+UseSerialGC", "-Xms64m", "-Xmx256m", "-Xmn32m", "-XX:TieredStopAtLevel=1", "-Xss512k");
        }
        return List.of(options.trim().split("\\s+"));
    }

    /**
     * Two malloc arenas for a JVM of the stack, unless the user chose otherwise: glibc's default of eight
     * per core lets each JVM's threads touch tens of MiB of native memory in arenas of their own, which a
     * stack of eight JVMs on one machine does not need.
     */
    static void fewMallocArenas(Map<String, String> environment) {
        environment.putIfAbsent("MALLOC_ARENA_MAX", "2");
    }

    /** Waits until the service's readiness probe answers UP. */
    void awaitReady(Duration timeout) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + readiness))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> answer = http.send(probe, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // Still starting.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log);
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** The exit code of a process that has ended; -1 while it runs. */
    int exitCode() {
        return process.isAlive() ? -1 : process.exitValue();
    }

    /** How long since this process was started. */
    Duration upFor() {
        return Duration.ofNanos(System.nanoTime() - startedAt);
    }

    String url() {
        return "http://localhost:" + port;
    }

    Path log() {
        return log;
    }

    /**
     * The same service started again on its port, with its environment: from its built jar's start-up
     * cache as it is now (a rebuild meanwhile gives the new build), the trace server from its jar.
     */
    ServiceProcess startedAgain() {
        if (builtJar != null) {
            return start(name, builtJar, port, env, log.getParent());
        }
        return start(name, jar, port, env, log.getParent(), jvm, readiness, cache, null);
    }

    /** Whether stopping it writes its start-up cache: the first stop after a build. */
    boolean writesStartCacheOnStop() {
        return cache != null && !cache.archived() && !cache.jvmOptions().isEmpty();
    }

    /** Asks the process to stop (SIGTERM) without waiting; {@link #close} waits. */
    void askToStop() {
        process.destroy();
    }

    /** Ends the process at once (SIGKILL), as a crash or an evicted pod would: no shutdown hooks run. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops the process (SIGTERM) and waits for it: up to 45 s, as the first stop after a build also
     * writes the service's class-data archive.
     */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(45, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
