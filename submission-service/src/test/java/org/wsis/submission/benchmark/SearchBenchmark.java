package org.wsis.submission.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.wsis.submission.SubmissionApplication;
import org.wsis.submission.demo.DemoEntries;
import org.wsis.submission.entry.mongo.EntryStore;
import org.wsis.submission.search.SearchIndexer;
import org.wsis.testkit.PlatformInfrastructure;
import org.wsis.testkit.PlatformInfrastructureInitializer;

/**
 * Public search over HTTP at a given number of published entries: a query word and two filters (region
 * and action line), with facets, as the search page asks. Starts the submission service on the same
 * infrastructure the integration tests use, loads demonstration entries, builds the index, warms up,
 * then runs closed-loop clients and prints latency percentiles and throughput. Run it with
 * {@code benchmarks/search.sh}; the figures go in {@code benchmarks/README.md}.
 *
 * <p>Arguments: entries (10000), clients (2), seconds measured (30).
 */
public final class SearchBenchmark {

    private static final List<String> WORDS = List.of(
            "broadband",
            "health",
            "skills",
            "radio",
            "farmers",
            "women",
            "cybersecurity",
            "data",
            "learning",
            "heritage",
            "connectivity",
            "government",
            "schools",
            "mobile",
            "open",
            "climate");
    private static final List<String> REGIONS = List.of("AFR", "AMS", "ARB", "ASP", "CIS", "EUR");
    private static final List<String> LINES =
            List.of("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11");

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;

        PlatformInfrastructure.shared();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(SubmissionApplication.class)
                .initializers(new PlatformInfrastructureInitializer())
                .properties("wsis.search.poll-interval=PT60S", "logging.level.root=WARN", "logging.level.org.wsis=INFO")
                // A command-line argument: properties given to the builder are defaults, which the application's own
                // server.port (its fixed port, for the local stack) would override.
                .run("--server.port=0");
        try {
            long started = System.nanoTime();
            EntryStore store = app.getBean(EntryStore.class);
            DemoEntries demo = new DemoEntries(7, Instant.now());
            for (int loaded = 0; loaded < entries; loaded += 1000) {
                store.insertImported(demo.next(Math.min(1000, entries - loaded)));
            }
            System.out.printf("loaded %d entries in %d ms%n", entries, millisSince(started));
            started = System.nanoTime();
            app.getBean(SearchIndexer.class).rebuild();
            System.out.printf("built the index in %d ms%n", millisSince(started));

            int port = Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
            HttpClient http = HttpClient.newHttpClient();
            run(http, port, clients, Duration.ofSeconds(10), false);
            run(http, port, clients, Duration.ofSeconds(seconds), true);
        } finally {
            app.close();
        }
        System.exit(0);
    }

    private static void run(HttpClient http, int port, int clients, Duration length, boolean report)
            throws InterruptedException {
        AtomicBoolean going = new AtomicBoolean(true);
        AtomicLong empty = new AtomicLong();
        List<long[]> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        int[] counts = new int[clients];
        for (int c = 0; c < clients; c++) {
            long[] latencies = new long[2_000_000];
            perClient.add(latencies);
            int client = c;
            threads.add(Thread.ofPlatform().start(() -> {
                Random random = new Random(client);
                while (going.get()) {
                    String query = "q=" + URLEncoder.encode(pick(random, WORDS), StandardCharsets.UTF_8) + "&region="
                            + pick(random, REGIONS) + "&actionLine=" + pick(random, LINES);
                    HttpRequest request = HttpRequest.newBuilder(
                                    URI.create("http://localhost:" + port + "/api/entries?" + query))
                            .GET()
                            .build();
                    long started = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(response.statusCode() + " " + response.body());
                        }
                        if (response.body().startsWith("{\"total\":0")) {
                            empty.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    } catch (InterruptedException e) {
                        return;
                    }
                    latencies[counts[client]++] = System.nanoTime() - started;
                }
            }));
        }
        Thread.sleep(length.toMillis());
        going.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        if (!report) {
            return;
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perClient.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        System.out.printf(
                "searches %d (%d with no match) by %d clients in %d s: %.0f per second; p50 %.1f ms, p99 %.1f ms,"
                        + " max %.1f ms%n",
                total,
                empty.get(),
                clients,
                length.toSeconds(),
                total / (double) length.toSeconds(),
                all[(int) (total * 0.50)] / 1e6,
                all[(int) (total * 0.99)] / 1e6,
                all[total - 1] / 1e6);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
