package org.wsis.localstack;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Entry point of {@code local-stack-exec.jar}. It names the launcher's own logging configuration
 * ({@code logback-local-stack.xml}: the broker's and the servers' chatter and expected warnings kept off
 * the console) before the first logger exists, unless {@code -Dlogback.configurationFile} names another.
 *
 * <p>Started with no JVM option (as the README's command starts it), it runs the launcher in a second
 * JVM with {@link #JVM_OPTIONS}: the broker, the wire-protocol server and the mail inbox need far less than
 * the JVM's default of a quarter of the machine's memory, which the launcher would otherwise grow into
 * under load; the serial collector grows the heap from a small start only as far as the load needs.
 * This first JVM only waits for it, passes a stop on, and exits with its exit code; the second stops
 * the stack if the first dies.
 */
public final class Main {

    /** The launcher's JVM options when the command gives none. */
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms64m", "-Xmx256m");

    private static final String RELAUNCHED = "wsis.launcher.relaunched";

    private Main() {}

    public static void main(String[] args) throws Exception {
        if (System.getProperty(RELAUNCHED) == null && startedPlain()) {
            System.exit(relaunch(args));
        }
        if (System.getProperty(RELAUNCHED) != null) {
            // The first JVM only waits for this one: should it die without passing a stop on (SIGKILL),
            // the stack stops rather than go on holding its ports with no terminal to stop it from.
            ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(143)));
        }
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-local-stack.xml");
        }
        LocalStack.main(args);
    }

    /**
     * Started with no JVM option of its own, as the README's command starts it. With any (a heap, a
     * debugger's agent, a flight recording), the launcher runs in this JVM as given: passing them on to a
     * second JVM would bind a debugger's port twice.
     */
    private static boolean startedPlain() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().isEmpty();
    }

    private static int relaunch(String[] args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(JVM_OPTIONS);
        command.add("-D" + RELAUNCHED + "=true");
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
        java.util.concurrent.atomic.AtomicReference<Process> started =
                new java.util.concurrent.atomic.AtomicReference<>();
        // Ctrl-C reaches both JVMs; a stop sent to this one only (SIGTERM) is passed on. Either way this
        // one waits while the launcher stops the stack.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Process launcher = started.get();
            if (launcher == null) {
                return;
            }
            launcher.destroy();
            try {
                launcher.waitFor(120, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        ServiceProcess.fewMallocArenas(builder.environment());
        Process launcher = builder.start();
        started.set(launcher);
        return launcher.waitFor();
    }
}
