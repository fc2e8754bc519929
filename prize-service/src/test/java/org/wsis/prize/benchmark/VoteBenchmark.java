package org.wsis.prize.benchmark;

import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.IntStream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.wsis.contracts.prize.PrizeCategory;
import org.wsis.prize.PrizeApplication;
import org.wsis.prize.PrizeFixture;
import org.wsis.prize.tally.Tallies;
import org.wsis.prize.tally.domain.NomineeVotes;
import org.wsis.testkit.PlatformInfrastructure;
import org.wsis.testkit.PlatformInfrastructureInitializer;

/**
 * A whole edition's public vote through the HTTP endpoint into exact tallies. Starts the prize service
 * on the infrastructure the integration tests use, opens an edition with nominees in all 18
 * categories, signs a token for every voter, then replays the ballots: every voter votes once in every
 * category, in 18 rounds, each round visiting the voters in a new random order (so a voter's pauses
 * differ, as people's do). Closed-loop clients send the next vote as soon as an answer arrives.
 *
 * <p>Reports accepted votes per second, the endpoint's latency percentiles, the lag from acceptance to
 * tally (sampled every 250 ms) and the time the counting needs after the last vote; then checks that
 * every nominee's valid count equals the votes accepted for it. Run it with {@code benchmarks/votes.sh}.
 *
 * <p>Arguments: ballots (1500000), clients (8), nominees per category (20).
 */
public final class VoteBenchmark {

    private VoteBenchmark() {}

    public static void main(String[] args) throws Exception {
        int ballots = args.length > 0 ? Integer.parseInt(args[0]) : 1_500_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int perCategory = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int categories = PrizeCategory.COUNT;
        int voters = (ballots + categories - 1) / categories;

        PlatformInfrastructure infra = PlatformInfrastructure.shared();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(PrizeApplication.class)
                .initializers(new PlatformInfrastructureInitializer())
                .properties(
                        // Every simulated voter connects from loopback: one network, so its limit is lifted.
                        "wsis.prize.votes-per-minute.network=1000000000",
                        "logging.level.root=WARN",
                        "logging.level.org.wsis=INFO")
                // A command-line argument: properties given to the builder are defaults, which the application's own
                // server.port (its fixed port, for the local stack) would override.
                .run("--server.port=0");
        try {
            int port = Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
            PrizeFixture prizes = new PrizeFixture(port, app.getBean(MongoOperations.class));
            long started = System.nanoTime();
            Map<PrizeCategory, List<String>> organisations = new HashMap<>();
            for (PrizeCategory category : PrizeCategory.values()) {
                organisations.put(
                        category,
                        IntStream.range(0, perCategory)
                                .mapToObj(i -> "Organisation " + category.number() + "-" + i)
                                .toList());
            }
            PrizeFixture.Voting voting = prizes.votingEdition(Map.of(), organisations);
            System.out.printf(
                    "edition %d in VOTING with %d nominees in %d ms%n",
                    voting.year(), voting.nominees().size(), millisSince(started));

            started = System.nanoTime();
            Instant longAgo = Instant.parse("2024-01-01T00:00:00Z");
            String[] tokens = new String[voters];
            IntStream.range(0, voters)
                    .parallel()
                    .forEach(v -> tokens[v] = infra.voterToken(
                            "bench-voter-" + v,
                            "voter" + v + "@example.org",
                            "Voter " + v,
                            longAgo,
                            // The whole edition takes longer than a session's half hour.
                            Duration.ofHours(3)));
            System.out.printf("signed %d voters' tokens in %d ms%n", voters, millisSince(started));

            Random random = new Random(2027);
            int[][] rounds = new int[categories][];
            for (int r = 0; r < categories; r++) {
                rounds[r] = shuffled(voters, random);
            }
            int[] firstCategory = new int[voters];
            for (int v = 0; v < voters; v++) {
                firstCategory[v] = random.nextInt(categories);
            }
            List<String> nominees = voting.nominees();
            Tallies tallies = app.getBean(Tallies.class);
            MeterRegistry meters = app.getBean(MeterRegistry.class);

            AtomicLong next = new AtomicLong();
            AtomicLong accepted = new AtomicLong();
            AtomicLongArray expected = new AtomicLongArray(nominees.size());
            Map<Integer, AtomicLong> refused = new ConcurrentHashMap<>();
            long[][] latencies = new long[clients][];
            int[] measured = new int[clients];
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<long[]> timeline = new ArrayList<>(); // {millis since start, accepted, counted}
            long counted0 = counted(meters);
            long start = System.nanoTime();
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                latencies[c] = new long[ballots / clients + 2];
                threads.add(Thread.ofPlatform().start(() -> {
                    Random pick = new Random(client);
                    while (true) {
                        long i = next.getAndIncrement();
                        if (i >= (long) voters * categories || i >= ballots) {
                            return;
                        }
                        int round = (int) (i / voters);
                        int voter = rounds[round][(int) (i % voters)];
                        int category = (firstCategory[voter] + round) % categories + 1;
                        int choice =
                                Math.min(perCategory - 1, (int) (-Math.log(1 - pick.nextDouble()) * perCategory / 3));
                        int nominee = (category - 1) * perCategory + choice;
                        String body =
                                "{\"category\":" + category + ",\"nominationId\":\"" + nominees.get(nominee) + "\"}";
                        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                        + "/api/prizes/editions/" + voting.year() + "/votes"))
                                .header("Authorization", "Bearer " + tokens[voter])
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build();
                        long sent = System.nanoTime();
                        int status;
                        try {
                            status = http.send(request, HttpResponse.BodyHandlers.discarding())
                                    .statusCode();
                        } catch (Exception e) {
                            status = -1;
                        }
                        long latency = System.nanoTime() - sent;
                        if (measured[client] < latencies[client].length) {
                            latencies[client][measured[client]++] = latency;
                        }
                        if (status == 202) {
                            expected.incrementAndGet(nominee);
                            accepted.incrementAndGet();
                        } else {
                            refused.computeIfAbsent(status, s -> new AtomicLong())
                                    .incrementAndGet();
                        }
                    }
                }));
            }
            // The timeline is sampled every 250 ms until the counting caught up with the last vote, or gave
            // up 10 minutes after it; the await only bounds the whole edition.
            AtomicLong lastAccepted = new AtomicLong(-1);
            await().pollInSameThread()
                    .pollDelay(Duration.ofMillis(250))
                    .pollInterval(Duration.ofMillis(250))
                    .atMost(Duration.ofHours(3))
                    .until(() -> {
                        long now = millisSince(start);
                        long a = accepted.get();
                        long counted = counted(meters) - counted0;
                        timeline.add(new long[] {now, a, counted});
                        if (lastAccepted.get() < 0 && threads.stream().noneMatch(Thread::isAlive)) {
                            lastAccepted.set(now);
                            System.out.printf("all votes answered after %d ms%n", now);
                        }
                        boolean votingOver = lastAccepted.get() >= 0;
                        if (votingOver && counted >= a) {
                            return true;
                        }
                        if (timeline.size() % 240 == 0) {
                            System.out.printf("%d s: accepted %d, counted %d%n", now / 1000, a, counted);
                        }
                        if (votingOver && now - lastAccepted.get() > 600_000) {
                            System.out.println("counting did not catch up within 10 minutes");
                            return true;
                        }
                        return false;
                    });
            long lastAcceptedAt = lastAccepted.get();
            long total = accepted.get();
            long[] all = concat(latencies, measured);
            Arrays.sort(all);
            System.out.printf(
                    "%d votes accepted, %s refused, by %d clients in %.1f s: %.0f per second; p50 %.1f ms, p99 %.1f ms,"
                            + " max %.1f ms%n",
                    total,
                    refused,
                    clients,
                    lastAcceptedAt / 1000.0,
                    total / (lastAcceptedAt / 1000.0),
                    all[(int) (all.length * 0.50)] / 1e6,
                    all[(int) (all.length * 0.99)] / 1e6,
                    all[all.length - 1] / 1e6);
            List<Long> lags = lags(timeline);
            long drained = timeline.get(timeline.size() - 1)[0] - lastAcceptedAt;
            System.out.printf(
                    "lag from acceptance to tally, sampled every 250 ms: p50 %.2f s, p99 %.2f s, max %.2f s; counted everything %.2f s"
                            + " after the last vote; the whole edition took %.1f s%n",
                    percentile(lags, 0.5) / 1000.0,
                    percentile(lags, 0.99) / 1000.0,
                    percentile(lags, 1.0) / 1000.0,
                    drained / 1000.0,
                    timeline.get(timeline.size() - 1)[0] / 1000.0);

            Map<String, NomineeVotes> counts = tallies.votes(voting.year(), false);
            long mismatches = 0;
            long flagged = 0;
            for (int n = 0; n < nominees.size(); n++) {
                NomineeVotes votes = counts.getOrDefault(nominees.get(n), NomineeVotes.NONE);
                flagged += votes.flagged() + votes.voided();
                if (votes.valid() + votes.flagged() + votes.voided() != expected.get(n)) {
                    mismatches++;
                }
            }
            long tallied = counts.values().stream()
                    .mapToLong(v -> v.valid() + v.flagged() + v.voided())
                    .sum();
            Runtime runtime = Runtime.getRuntime();
            System.out.printf(
                    "heap in use at the end: %d MiB (of %d MiB)%n",
                    (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
            System.out.printf(
                    "exact: %s (%d ballots tallied for %d accepted; %d nominees off; %d flagged)%n",
                    mismatches == 0 && tallied == total ? "yes" : "NO", tallied, total, mismatches, flagged);
        } finally {
            app.close();
        }
        System.exit(0);
    }

    private static long counted(MeterRegistry meters) {
        return (long) meters.find("wsis.prize.ballots.counted").counters().stream()
                .filter(c -> !"duplicate".equals(c.getId().getTag("outcome")))
                .mapToDouble(io.micrometer.core.instrument.Counter::count)
                .sum();
    }

    /** For each sample: how long ago the votes now counted had all been accepted. */
    private static List<Long> lags(List<long[]> timeline) {
        List<Long> lags = new ArrayList<>();
        for (long[] sample : timeline) {
            long counted = sample[2];
            if (counted == 0) {
                continue;
            }
            for (long[] earlier : timeline) {
                if (earlier[1] >= counted) {
                    lags.add(Math.max(0, sample[0] - earlier[0]));
                    break;
                }
            }
        }
        lags.sort(null);
        return lags;
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * p)));
    }

    private static int[] shuffled(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static long[] concat(long[][] parts, int[] lengths) {
        long[] all = new long[Arrays.stream(lengths).sum()];
        int at = 0;
        for (int i = 0; i < parts.length; i++) {
            System.arraycopy(parts[i], 0, all, at, lengths[i]);
            at += lengths[i];
        }
        return all;
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
