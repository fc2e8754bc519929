package org.wsis.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lines a run adds to Gatling's own report: raw limits, set-up times, and the correctness check,
 * printed and kept in {@code benchmarks/load/target/load-report.txt} (or where {@code wsis.report} says).
 */
final class Report {

    private static final Path FILE =
            Path.of(System.getProperty("wsis.report", "benchmarks/load/target/load-report.txt"));

    private Report() {}

    static synchronized void line(String text) {
        System.out.println("[wsis] " + text);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(
                    FILE,
                    text + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
