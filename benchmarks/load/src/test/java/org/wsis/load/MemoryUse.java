package org.wsis.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The memory the stack's processes hold while a scenario is measured, summed over the stack every 2 s:
 * their resident sets (VmRSS in Linux's {@code /proc/<pid>/status}), which count a page shared by several
 * processes (the JDK's own code and class archive, mapped by every JVM) once in each, and their
 * proportional sets (Pss in {@code /proc/<pid>/smaps_rollup}), which share such a page out between them,
 * so that their sum is what the stack takes from the machine. The report gives the largest sums seen and
 * each process's largest resident set.
 */
final class MemoryUse {

    private static final Map<String, Long> PEAK_PER_PROCESS = new ConcurrentHashMap<>();
    private static volatile long peakResident;
    private static volatile long peakProportional;
    private static volatile boolean sampled;

    private MemoryUse() {}

    /** Samples from now until the JVM ends, every 2 s on a daemon thread. */
    static void start() {
        Executors.newSingleThreadScheduledExecutor(
                        Thread.ofPlatform().daemon().name("stack-memory").factory())
                .scheduleAtFixedRate(MemoryUse::sample, 0, 2, TimeUnit.SECONDS);
    }

    private static synchronized void sample() {
        Map<String, Long> resident = new LinkedHashMap<>();
        long proportional = 0;
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>)
                    entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))::iterator) {
                String name = CpuUse.name(CpuUse.read(p.resolve("cmdline")).replace('\0', ' '));
                if (name != null) {
                    resident.merge(name, kib(CpuUse.read(p.resolve("status")), "VmRSS:"), Long::sum);
                    proportional += kib(CpuUse.read(p.resolve("smaps_rollup")), "Pss:");
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            return;
        }
        long total = resident.values().stream().mapToLong(Long::longValue).sum();
        resident.forEach((name, value) -> PEAK_PER_PROCESS.merge(name, value, Math::max));
        peakResident = Math.max(peakResident, total);
        peakProportional = Math.max(peakProportional, proportional);
        sampled = true;
    }

    /** The figure of a {@code /proc} file's line that starts with the given field, in KiB; 0 without it. */
    private static long kib(String file, String field) {
        return file.lines()
                .filter(line -> line.startsWith(field))
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
                "Memory while measured: the stack's processes held at most %.2f GiB (proportional sets, shared"
                        + " pages counted once) and %.2f GiB (resident sets summed); each at most",
                peakProportional / 1024.0 / 1024.0, peakResident / 1024.0 / 1024.0));
        PEAK_PER_PROCESS.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> line.append(String.format(" %s %d MiB,", e.getKey(), e.getValue() / 1024)));
        line.setLength(line.length() - 1);
        Report.line(line.toString());
    }
}
