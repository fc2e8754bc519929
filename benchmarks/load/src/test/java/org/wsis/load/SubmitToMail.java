package org.wsis.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The stocktaking flow end to end: {@code perSecond} owners a second for {@code seconds} (after a
 * warm-up of {@code warmUpSeconds}, 20 by default, at the same rate, timed apart) each write an entry
 * and submit it; a moderator (four of them take turns) finds it in the queue, claims it and approves it; the owner waits until the entry is
 * public. "submit to published" times the whole flow as the owner sees it, from writing the entry to
 * reading it on its public page. At the end every owner must have exactly one mail per status change of
 * each entry, warm-up included: "we received it" and "it is published".
 */
public class SubmitToMail extends Simulation {

    private final int perSecond = Integer.getInteger("perSecond", 2);
    private final int warmUpSeconds = Integer.getInteger("warmUpSeconds", 20);
    private final int seconds = Integer.getInteger("seconds", 60);
    private final int clients = Integer.getInteger("clients", 8);
    private final Platform platform = new Platform();
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final List<String> owners =
            IntStream.range(0, 50).mapToObj(i -> "load-owner-" + run + "-" + i).toList();
    private final List<String> moderators = IntStream.range(0, 4)
            .mapToObj(i -> "load-moderator-" + run + "-" + i)
            .toList();
    private final AtomicInteger next = new AtomicInteger();
    /** Owner and title of every entry that reached the public. */
    private final Queue<String[]> published = new ConcurrentLinkedQueue<>();

    private final HttpProtocolBuilder protocol = http.baseUrl(platform.portal)
            .acceptHeader("application/json, application/problem+json")
            .contentTypeHeader("application/json")
            .shareConnections();

    @Override
    public void before() {
        Report.line("submit -> moderate -> publish -> mail: " + perSecond + " entries/s for " + seconds + " s");
        RawLimits.kafkaProducer(platform.kafka, 200_000, 600);
        platform.addAccounts(owners, List.of());
        platform.addAccounts(moderators, List.of("moderator"));
        owners.parallelStream().forEach(platform::token);
        moderators.forEach(platform::token);
    }

    private static final String FLOW = "submit to published";

    /** An owner of the measured part, or of the warm-up before it (its requests are timed apart). */
    private ScenarioBuilder owner(boolean measured) {
        UnaryOperator<String> named = name -> measured ? name : Timings.warmUp(name);
        return scenario(measured ? "owner" : "warm-up owner")
                .exec(measured ? RawLimits.startOfMeasurement(platform.kafka) : session -> session)
                .exec(session -> {
                    int n = next.getAndIncrement();
                    String owner = owners.get(n % owners.size());
                    String title = "Load " + run + " entry " + n;
                    return session.set("owner", owner)
                            .set("title", title)
                            .set("token", platform.token(owner))
                            .set("moderatorToken", platform.token(moderators.get(n % moderators.size())))
                            .set("body", Platform.write(Platform.entry(title, "Load organisation " + n, "C4")))
                            .set("flowStarted", System.nanoTime());
                })
                .exec(Timings.timed(
                        named.apply("create entry"),
                        http -> http.post("/api/entries")
                                .header("Authorization", "Bearer #{token}")
                                .body(StringBody("#{body}")),
                        status().is(201),
                        jmesPath("id").saveAs("id")))
                .exitHereIfFailed()
                .exec(Timings.timed(
                        named.apply("submit"),
                        http -> http.post("/api/entries/#{id}/submit").header("Authorization", "Bearer #{token}"),
                        status().is(200)))
                .exitHereIfFailed()
                // The moderator opens the queue item as soon as it is there (events take a moment to travel).
                .exec(reloadUntilFound(http(named.apply("moderator: open queue item"))
                        .get("/api/moderation/items/entry:#{id}:1")
                        .header("Authorization", "Bearer #{moderatorToken}")))
                .exec(Timings.timed(
                        named.apply("moderator: claim"),
                        http -> http.post("/api/moderation/items/entry:#{id}:1/claim")
                                .header("Authorization", "Bearer #{moderatorToken}"),
                        status().is(200)))
                .exitHereIfFailed()
                .exec(Timings.timed(
                        named.apply("moderator: approve"),
                        http -> http.post("/api/moderation/items/entry:#{id}:1/decision")
                                .header("Authorization", "Bearer #{moderatorToken}")
                                .body(StringBody("{\"decision\":\"APPROVED\",\"reasonCode\":\"MEETS_GUIDELINES\"}")),
                        status().is(200)))
                .exitHereIfFailed()
                // The owner reloads the entry's public page until it is published.
                .exec(reloadUntilFound(http(named.apply("public: read entry")).get("/api/entries/#{id}")))
                .exec(session -> {
                    if (!session.isFailed()) {
                        Timings.of(named.apply(FLOW))
                                .record((System.nanoTime() - session.getLong("flowStarted")) / 1_000_000);
                        published.add(new String[] {session.getString("owner"), session.getString("title")});
                    }
                    return session;
                });
    }

    {
        setUp(RawLimits.trivialEndpoint(20)
                        .injectOpen(atOnceUsers(clients))
                        .andThen(owner(false)
                                .injectOpen(constantUsersPerSec(perSecond).during(Duration.ofSeconds(warmUpSeconds))))
                        .andThen(owner(true)
                                .injectOpen(constantUsersPerSec(perSecond).during(Duration.ofSeconds(seconds)))))
                .protocols(protocol);
    }

    @Override
    public void after() {
        CpuUse.reportMeasuredPart();
        long start = System.nanoTime();
        Map<String, Long> expected = new ConcurrentHashMap<>();
        for (String[] entry : published) {
            String to = entry[0] + "@example.org";
            expected.put(to + " | We received your entry \u201c" + entry[1] + "\u201d", 1L);
            expected.put(to + " | Your entry \u201c" + entry[1] + "\u201d is published", 1L);
        }
        Platform.awaitUpTo(Duration.ofMinutes(3), () -> received().keySet().containsAll(expected.keySet()));
        double allArrived = (System.nanoTime() - start) / 1e9;
        // The inbox once it has held still for 5 s: a mail sent twice would show.
        Map<String, Long> settled = Platform.settled(Duration.ofSeconds(5), this::received);
        Report.line(String.format(
                "entries published: %d; mails expected %d, received %d (every expected one in the inbox %.1f s after the last entry was public)",
                published.size(),
                expected.size(),
                settled.values().stream().mapToLong(Long::longValue).sum(),
                allArrived));
        for (String request : List.of("create entry", "submit", "moderator: claim", "moderator: approve")) {
            Report.line(Timings.of(request).line());
        }
        RawLimits.compare(Timings.of(FLOW), RawLimits.platformRecordsSinceStart(platform.kafka));
        boolean exact = settled.equals(expected);
        Report.line("CORRECT: " + (exact ? "yes" : "NO") + " (each owner: one mail per status change of each entry)");
        if (!exact) {
            throw new IllegalStateException(
                    "Mails differ: " + settled.size() + " kinds received, " + expected.size() + " expected");
        }
    }

    /** The request again every 200 ms while it answers 404, as a person reloading a page does. */
    private static ChainBuilder reloadUntilFound(HttpRequestActionBuilder request) {
        return exec(session -> session.set("found", 404))
                .asLongAs(session -> session.getInt("found") != 200)
                .on(exec(request.check(status().in(200, 404).saveAs("found"))).pause(Duration.ofMillis(200)));
    }

    /** This run's mails to its owners in the inbox, counted per recipient and subject. */
    private Map<String, Long> received() {
        return platform.mails().stream()
                .filter(m -> address(m.get("to")).startsWith("load-owner-" + run + "-"))
                .filter(m -> m.get("subject").contains("Load " + run + " "))
                .collect(Collectors.groupingBy(
                        m -> address(m.get("to")) + " | " + m.get("subject"), Collectors.counting()));
    }

    /** {@code "Name <a@b>"} or {@code "a@b"}: the address. */
    private static String address(String to) {
        int open = to.indexOf('<');
        return open < 0
                ? to.trim()
                : to.substring(open + 1, to.indexOf('>', open)).trim();
    }
}
