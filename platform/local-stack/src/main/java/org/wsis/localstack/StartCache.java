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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What makes a service's second start fast: its jar unpacked once per build (the JVM's class-data
 * sharing reads classes from plain jars, not from the nested jars of a Spring Boot jar) into {@code
 * target/start-cache/<jar>-<digest>/}, and a class-data archive beside it that the JVM writes when
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
        try (InputStream in = Files.newInputStream(jar)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
            String key = stem(jar) + "-" + HexFormat.of().formatHex(sha.digest(), 0, 8);
            return new StartCache(jar, jar.getParent().resolve("start-cache").resolve(key));
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
        List<Process> unpacking = new ArrayList<>();
        for (StartCache cache : missing) {
            unpacking.add(cache.unpack());
        }
        for (int i = 0; i < missing.size(); i++) {
            missing.get(i).finish(unpacking.get(i));
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

    private Path unpacking() {
        return folder.resolveSibling(folder.getFileName() + ".unpacking");
    }

    private Process unpack() {
        try {
            Files.createDirectories(folder.getParent());
            deleteTree(unpacking());
            String java = ProcessHandle.current().info().command().orElse("java");
            return new ProcessBuilder(
                            java,
                            "-Djarmode=tools",
                            "-jar",
                            jar.toString(),
                            "extract",
                            "--destination",
                            unpacking().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void finish(Process unpacking) {
        try {
            boolean done = unpacking.waitFor(60, TimeUnit.SECONDS);
            if (!done || unpacking.exitValue() != 0) {
                unpacking.destroyForcibly();
                log.info("Could not unpack {}; it starts from the built jar, without a start-up cache", jar);
                return;
            }
            Files.move(unpacking(), folder, StandardCopyOption.ATOMIC_MOVE);
            removeEarlierBuilds();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.info("Could not keep the unpacked {}: {}", jar, e.toString());
        }
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
