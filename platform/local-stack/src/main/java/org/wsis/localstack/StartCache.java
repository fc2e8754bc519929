package org.wsis.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What makes a service's second start fast: its jar unpacked once per build (the JVM's class-data
 * sharing reads classes from plain jars, not from the nested jars of a Spring Boot jar) into {@code
 * target/start-cache/<jar>-<digest>/} (once per content of the jar), and a class-data archive beside it that the JVM writes when
 * the service first stops and maps at every later start ({@code -XX:+AutoCreateSharedArchive}; it
 * writes it again by itself when it no longer fits the JVM). A jar with new content gets a new folder
 * and the old one goes. Nothing here is needed: a jar that cannot be unpacked runs as it is.
 */
final class StartCache {

    private static final Logger log = LoggerFactory.getLogger(StartCache.class);

    private final Path jar;
    private final Path folder;

    private StartCache(Path jar, Path folder) {
        this.jar = jar;
        this.folder = folder;
    }

    /**
     * The cache of {@code jar} as it is: named by a digest of its content, so that a build that writes the
     * same jar again (Maven repackages it on every build; its entries carry fixed times) finds it.
     */
    static StartCache of(Path jar) {
        try {
            // The digest reads the whole jar: once per jar as it is on disk, not again for each use.
            String seen = jar.toAbsolutePath() + ":" + Files.size(jar) + ":" + Files.getLastModifiedTime(jar);
            return new StartCache(jar, FOLDERS.computeIfAbsent(seen, k -> folderOf(jar)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folders named by digest, by jar path, size and time: what this JVM has digested already. */
    private static final Map<String, Path> FOLDERS = new ConcurrentHashMap<>();

    private static Path folderOf(Path jar) {
        try (InputStream in = Files.newInputStream(jar)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
            String key = stem(jar) + "-" + HexFormat.of().formatHex(sha.digest(), 0, 8);
            return jar.getParent().resolve("start-cache").resolve(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Unpacks every jar not unpacked yet, all at once (a few seconds each, once per build), and removes
     * the folders of earlier builds.
     */
    static void prepare(List<Path> jars) {
        List<StartCache> missing =
                jars.stream().map(StartCache::of).filter(c -> !c.ready()).toList();
        List<Unpacking> unpacking = new ArrayList<>();
        for (StartCache cache : missing) {
            try {
                unpacking.add(cache.unpack());
            } catch (IOException | RuntimeException e) {
                log.info("Could not unpack {} ({}); it starts from the built jar", cache.jar, e.toString());
            }
        }
        for (Unpacking each : unpacking) {
            each.finish();
        }
    }

    /** One jar being unpacked by this process, into a folder of its own until it is complete. */
    private record Unpacking(StartCache cache, Path into, Process process) {

        /** Moves the complete folder into place; a folder another process put there first is kept. */
        void finish() {
            try {
                boolean done = process.waitFor(60, TimeUnit.SECONDS);
                if (!done || process.exitValue() != 0) {
                    process.destroyForcibly();
                    log.info("Could not unpack {}; it starts from the built jar", cache.jar);
                } else if (!cache.ready()) {
                    Files.move(into, cache.folder, StandardCopyOption.ATOMIC_MOVE);
                    cache.removeEarlierBuilds();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException e) {
                // Another process may have moved the same content into place meanwhile: that one is used.
                log.info("Could not keep the unpacked {}: {}", cache.jar, e.toString());
            } finally {
                try {
                    deleteTree(into);
                } catch (IOException | RuntimeException leftOver) {
                    // A temporary folder left under start-cache/ is removed with the next clean.
                }
            }
        }
    }

    /** The jar to run: the unpacked one when it is there, the built one otherwise. */
    Path launchJar() {
        return ready() ? folder.resolve(jar.getFileName()) : jar;
    }

    /** The JVM options that write and map the class-data archive; none for a jar that is not unpacked. */
    List<String> jvmOptions() {
        if (!ready()) {
            return List.of();
        }
        return List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + folder.resolve(stem(jar) + ".jsa"));
    }

    /** Whether a class-data archive was written: the service stopped once since this build. */
    boolean archived() {
        return Files.isRegularFile(folder.resolve(stem(jar) + ".jsa"));
    }

    private boolean ready() {
        return Files.isRegularFile(folder.resolve(jar.getFileName())) && Files.isDirectory(folder.resolve("lib"));
    }

    private Unpacking unpack() throws IOException {
        Files.createDirectories(folder.getParent());
        // A folder of this process's own: two stacks unpacking the same jar at once never share one.
        Path into = Files.createTempDirectory(folder.getParent(), folder.getFileName() + ".unpacking-");
        Files.delete(into);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(
                        java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", into.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return new Unpacking(this, into, process);
    }

    private void removeEarlierBuilds() throws IOException {
        try (Stream<Path> folders = Files.list(folder.getParent())) {
            for (Path earlier : folders.filter(
                            f -> !f.equals(folder) && f.getFileName().toString().startsWith(stem(jar) + "-"))
                    .toList()) {
                deleteTree(earlier);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static String stem(Path jar) {
        String name = jar.getFileName().toString();
        return name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name;
    }
}
