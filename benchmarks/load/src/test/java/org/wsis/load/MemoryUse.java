package org.wsis.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The memory the stack's processes hold while a scenario is measured: their resident sets (VmRSS in
 * Linux's {@code /proc/<pid>/status}), summed over the stack every 2 s. The report gives the largest sum
 * seen and each process's largest resident set.
 */
final class MemoryUse {

    private static final Map<String, Long> PEAK_PER_PROCESS = new ConcurrentHashMap<>();
    private static volatile long peakTotal;
    private static volatile boolean sampled;

    private MemoryUse() {}

    /** Samples from now until the JVM ends, on a daemon thread. */
    static void start() {
        Thread.ofPlatform().daemon().name("stack-memory").start(() -> {
            while (true) {
                sample();
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    private static void sample() {
        Map<String, Long> kib = new LinkedHashMap<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(p -> {
                        String name =
                                CpuUse.name(CpuUse.read(p.resolve("cmdline")).replace('\0', ' '));
                        if (name != null) {
                            kib.merge(name, residentKib(CpuUse.read(p.resolve("status"))), Long::sum);
                        }
                    });
        } catch (IOException | RuntimeException notLinux) {
            return;
        }
        long total = kib.values().stream().mapToLong(Long::longValue).sum();
        kib.forEach((name, value) -> PEAK_PER_PROCESS.merge(name, value, Math::max));
        peakTotal = Math.max(peakTotal, total);
        sampled = true;
    }

    private static long residentKib(String status) {
        return status.lines()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> line.replaceAll("[^0-9]", ""))
                .filter(digits -> !digits.isEmpty())
                .mapToLong(Long::parseLong)
                .findFirst()
                .orElse(0);
    }

    /** The report's line. */
    static void report() {
        sample();
        if (!sampled) {
            Report.line("Memory: not available on this system");
            return;
        }
        StringBuilder line = new StringBuilder(String.format(
                "Memory while measured: the stack's resident sets at most %.2f GiB together; each at most",
                peakTotal / 1024.0 / 1024.0));
        PEAK_PER_PROCESS.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> line.append(String.format(" %s %d MiB,", e.getKey(), e.getValue() / 1024)));
        line.setLength(line.length() - 1);
        Report.line(line.toString());
    }
}
