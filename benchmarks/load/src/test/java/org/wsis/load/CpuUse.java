package org.wsis.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the machine's CPU went while a scenario was measured, read from Linux's {@code /proc}: each
 * process of the stack (named by what it runs), this load generator, and the machine as a whole. Loads
 * generated on the same machine take their share of it, and this says how much.
 */
final class CpuUse {

    private static final List<String> APPLICATIONS =
            List.of("portal", "submission-service", "moderation-service", "prize-service", "notification-service");
    private static final Pattern JAR = Pattern.compile("([a-z-]+)\\.jar");
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ, 100 on every Linux of this century

    /** CPU ticks used so far: per process name, and by the whole machine (busy and in all). */
    record Sample(long nanos, Map<String, Long> perProcess, long machineBusy, long machineAll) {}

    private static final AtomicReference<Sample> MEASURED_FROM = new AtomicReference<>();

    private CpuUse() {}

    /** The start of a scenario's measured part; the first call counts. The stack's memory is sampled from then on. */
    static void startOfMeasurement() {
        if (MEASURED_FROM.get() == null && MEASURED_FROM.compareAndSet(null, now())) {
            MemoryUse.start();
        }
    }

    /** The report's lines, from the start of the measured part until now: CPU, then memory. */
    static void reportMeasuredPart() {
        Sample from = MEASURED_FROM.get();
        if (from != null) {
            report(from, now());
            MemoryUse.report();
        }
    }

    /** Ticks used so far; empty figures where {@code /proc} is not there. */
    static Sample now() {
        Map<String, Long> perProcess = new LinkedHashMap<>();
        long self = ProcessHandle.current().pid();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(p -> {
                        String name = Long.parseLong(p.getFileName().toString()) == self
                                ? "load generator (Gatling, this JVM)"
                                : name(read(p.resolve("cmdline")).replace('\0', ' '));
                        if (name != null) {
                            perProcess.merge(name, ticks(read(p.resolve("stat"))), Long::sum);
                        }
                    });
        } catch (IOException | RuntimeException e) {
            return new Sample(System.nanoTime(), Map.of(), 0, 0);
        }
        String[] cpu = read(Path.of("/proc/stat"))
                .lines()
                .findFirst()
                .orElse("cpu")
                .trim()
                .split("\\s+");
        long all = 0;
        long idle = 0;
        for (int i = 1; i < cpu.length; i++) {
            long value = Long.parseLong(cpu[i]);
            all += i <= 8 ? value : 0; // user..steal; guest time is already in user
            idle += i == 4 || i == 5 ? value : 0; // idle, iowait
        }
        return new Sample(System.nanoTime(), perProcess, all - idle, all);
    }

    /** The lines for the report: cores in use on average, per process, between two samples. */
    static void report(Sample from, Sample to) {
        double seconds = (to.nanos() - from.nanos()) / 1e9;
        if (to.machineAll() == 0 || seconds <= 0) {
            Report.line("CPU use: not available on this system");
            return;
        }
        int cores = Runtime.getRuntime().availableProcessors();
        double busy = (to.machineBusy() - from.machineBusy()) / (double) (to.machineAll() - from.machineAll());
        StringBuilder line = new StringBuilder(String.format(
                "CPU while measured (%.0f s): the machine %.0f %% busy (%d cores); cores used by",
                seconds, 100 * busy, cores));
        to.perProcess().entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - from.perProcess().getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e ->
                        line.append(String.format(" %s %.2f,", e.getKey(), e.getValue() / TICKS_PER_SECOND / seconds)));
        line.setLength(line.length() - 1);
        Report.line(line.toString());
    }

    /** What a process runs, or null when it is not part of the stack. */
    static String name(String commandLine) {
        // Keycloak and the trace server run from under platform/local-stack/target/: named before the launcher.
        if (commandLine.contains("keycloak") || commandLine.contains("quarkus")) {
            return "Keycloak";
        }
        if (commandLine.contains("zipkin-server")) {
            return "trace server";
        }
        if (commandLine.contains("local-stack")) {
            return "launcher (Kafka broker, MongoDB wire protocol, SMTP)";
        }
        Matcher jar = JAR.matcher(commandLine);
        while (jar.find()) {
            if (APPLICATIONS.contains(jar.group(1))) {
                return jar.group(1);
            }
        }
        return null;
    }

    /** utime + stime of a {@code /proc/<pid>/stat} line (fields 14 and 15, counted after the command). */
    private static long ticks(String stat) {
        int command = stat.lastIndexOf(')');
        if (command < 0) {
            return 0; // the process ended between the listing and the read
        }
        String[] fields = stat.substring(command + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException gone) {
            return "";
        }
    }
}
