package org.wsis.localstack;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Entry point of {@code local-stack-exec.jar}. It chooses the launcher's own logging configuration
 * before the first logger exists: the test kit on the class path ships a {@code logback-test.xml}
 * meant for tests, which Logback would otherwise prefer.
 *
 * <p>Started without a heap limit (as the README's command starts it), it runs the launcher in a second
 * JVM with {@value #HEAP}: the broker, the wire-protocol server and the mail inbox need far less than
 * the JVM's default of a quarter of the machine's memory, which the launcher would otherwise grow into
 * under load. This first JVM only waits for it, passes a stop on, and exits with its exit code.
 */
public final class Main {

    /** The launcher's heap when the command gives none. */
    static final String HEAP = "-Xmx512m";

    private static final String RELAUNCHED = "wsis.launcher.relaunched";

    private Main() {}

    public static void main(String[] args) throws Exception {
        if (System.getProperty(RELAUNCHED) == null && !heapGiven()) {
            System.exit(relaunch(args));
        }
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-local-stack.xml");
        }
        LocalStack.main(args);
    }

    private static boolean heapGiven() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(option -> option.startsWith("-Xmx") || option.startsWith("-XX:MaxRAM"));
    }

    private static int relaunch(String[] args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add(HEAP);
        command.add("-D" + RELAUNCHED + "=true");
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        // Started as java -jar, the class path is that executable jar, whose launcher finds this class.
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            command.add("-jar");
            command.add(classPath);
        } else {
            command.add("-cp");
            command.add(classPath);
            command.add(Main.class.getName());
        }
        command.addAll(List.of(args));
        Process launcher = new ProcessBuilder(command).inheritIO().start();
        // Ctrl-C reaches both JVMs; a stop sent to this one only (SIGTERM) is passed on. Either way this
        // one waits while the launcher stops the stack.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            launcher.destroy();
            try {
                launcher.waitFor(120, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        return launcher.waitFor();
    }
}
