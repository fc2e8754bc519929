package org.wsis.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.Http;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Response times and answers per second of one kind of request, kept by the harness itself. Gatling's
 * own report divides every request count by the length of the whole run; these figures cover only the
 * seconds in which that kind of request was answered, so the raw limit measured before a scenario and
 * the scenario's own requests read side by side.
 */
final class Timings {

    private static final Map<String, Timings> ALL = new ConcurrentHashMap<>();
    private static final long STARTED = System.nanoTime();

    private final String name;
    private long[] millis = new long[4096];
    private int count;
    /** Answers per second of the run, to find the busiest window. */
    private final Map<Long, AtomicLong> perSecond = new ConcurrentHashMap<>();

    private long firstNanos = Long.MAX_VALUE;
    private long lastNanos;

    private Timings(String name) {
        this.name = name;
    }

    /** The name a request has while the scenario warms the platform up: kept apart from the measured one. */
    static String warmUp(String name) {
        return "warm-up: " + name;
    }

    static Timings of(String name) {
        return ALL.computeIfAbsent(name, Timings::new);
    }

    /**
     * The request named {@code name}, then its response time recorded under that name, whatever the
     * answer: the response time is read by the first check, before {@code checks}, since Gatling stops at
     * the first failing check.
     */
    static ChainBuilder timed(String name, Function<Http, HttpRequestActionBuilder> request, CheckBuilder... checks) {
        Timings timings = of(name);
        HttpRequestActionBuilder measured = request.apply(http(name))
                .check(responseTimeInMillis().saveAs("responseTime"))
                .check(checks);
        return exec(session -> session.remove("responseTime")).exec(measured).exec(session -> {
            if (session.contains("responseTime")) {
                timings.record(session.getInt("responseTime"));
            }
            return session;
        });
    }

    synchronized void record(long responseMillis) {
        if (count == millis.length) {
            millis = Arrays.copyOf(millis, count * 2);
        }
        millis[count++] = responseMillis;
        long now = System.nanoTime();
        firstNanos = Math.min(firstNanos, now);
        lastNanos = Math.max(lastNanos, now);
        perSecond
                .computeIfAbsent((now - STARTED) / 1_000_000_000L, s -> new AtomicLong())
                .incrementAndGet();
    }

    synchronized int count() {
        return count;
    }

    /** Answers per second between the first and the last answer. */
    synchronized double perSecond() {
        double seconds = (lastNanos - firstNanos) / 1e9;
        return count < 2 || seconds <= 0 ? count : count / seconds;
    }

    /** The most answers in any {@code window} consecutive whole seconds, per second. */
    synchronized double busiest(int window) {
        long best = 0;
        for (long start : perSecond.keySet()) {
            long sum = 0;
            for (long s = start; s < start + window; s++) {
                AtomicLong n = perSecond.get(s);
                sum += n == null ? 0 : n.get();
            }
            best = Math.max(best, sum);
        }
        return best / (double) window;
    }

    synchronized long percentile(double p) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, index))];
    }

    /** One line for the report: count, rates, percentiles. */
    String line() {
        return String.format(
                "%s: %,d answers, %,.0f/s over %.0f s (busiest 5 s: %,.0f/s); p50 %d ms, p95 %d ms, p99 %d ms, max %d ms",
                name,
                count(),
                perSecond(),
                seconds(),
                busiest(5),
                percentile(50),
                percentile(95),
                percentile(99),
                percentile(100));
    }

    String name() {
        return name;
    }

    /** Seconds between the first and the last answer. */
    synchronized double seconds() {
        return count < 2 ? 0 : (lastNanos - firstNanos) / 1e9;
    }
}
