package org.wsis.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.wsis.localstack.LocalStack;

/**
 * The local stack, started once for all system tests of this JVM (it takes about a minute) exactly as
 * the README's run command starts it, on free ports with a fresh data directory; stopped when the JVM
 * ends.
 */
final class RunningPlatform {

    private static LocalStack stack;

    private RunningPlatform() {}

    static synchronized LocalStack stack() {
        if (stack == null) {
            try {
                Path data = Files.createTempDirectory("wsis-system-test-");
                stack = new LocalStack(LocalStack.Options.isolated(root(), data), Map.of())
                        .start(Duration.ofSeconds(300));
                Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stack;
    }

    static Path root() {
        return Path.of(System.getProperty("wsis.root", "..")).toAbsolutePath().normalize();
    }
}
