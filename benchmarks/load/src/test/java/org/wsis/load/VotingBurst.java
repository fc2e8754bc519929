package org.wsis.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * A burst of the public vote: after {@code warmUpVoters} people have started voting over
 * {@code warmUpSeconds} (200 over 20 s by default, so that the services' JIT has compiled the vote path,
 * as in a platform that has been running), {@code voters} distinct people arrive over {@code seconds};
 * each votes in all 18 categories in a random order, pausing 1 to 3 s between votes as people do. One vote in ten
 * is double-clicked (the second click must get 409 already-voted), and a vote that gets no answer, a
 * 429 or a 5xx is sent again (up to 3 times). At the end the tallies must equal the votes accepted:
 * every voter's own page ({@code votes/mine}) against the admins' standings.
 */
public class VotingBurst extends Simulation {

    private final int voters = Integer.getInteger("voters", 1000);
    private final int warmUpVoters = Integer.getInteger("warmUpVoters", 200);
    private final int warmUpSeconds = Integer.getInteger("warmUpSeconds", 20);
    private final int seconds = Integer.getInteger("seconds", 60);
    private final int clients = Integer.getInteger("clients", 8);
    private final Platform platform = new Platform();
    private Platform.Voting voting;
    /** This run's mark in its account names, so that a second run on the same stack has new voters. */
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    /** The measured voters first, then the warm-up's. */
    private final List<String> names = IntStream.range(0, voters + warmUpVoters)
            .mapToObj(i -> "load-voter-" + run + "-" + i)
            .toList();

    private final AtomicInteger nextVoter = new AtomicInteger();
    private final AtomicInteger nextWarmUpVoter = new AtomicInteger();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong doubleClicksRefused = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final Map<String, AtomicLong> acceptedPerNominee = new ConcurrentHashMap<>();

    @Override
    public void before() {
        Report.line("voting burst: " + voters + " voters over " + seconds + " s, 18 votes each (after a warm-up of "
                + warmUpVoters + " voters over " + warmUpSeconds + " s)");
        RawLimits.kafkaProducer(platform.kafka, 200_000, 600);
        long start = System.nanoTime();
        voting = platform.votingEdition(2);
        Report.line(
                String.format("set-up: edition %d in VOTING with 36 nominees in %.0f s", voting.year(), since(start)));
        start = System.nanoTime();
        platform.addAccounts(names, List.of());
        names.parallelStream().forEach(platform::token);
        Report.line(String.format(
                "set-up: %d voter accounts created and signed in (Keycloak password grant) in %.0f s",
                names.size(), since(start)));
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(platform.portal)
            .acceptHeader("application/json, application/problem+json")
            .contentTypeHeader("application/json")
            .shareConnections();

    /** One vote; the session carries voter, category, nominee. */
    private ChainBuilder vote(String name) {
        return Timings.timed(
                        name,
                        http -> http.post("/api/prizes/editions/#{year}/votes")
                                .header("Authorization", "Bearer #{token}")
                                .body(StringBody("{\"category\":#{category},\"nominationId\":\"#{nominee}\"}")),
                        status().in(202, 409, 429, 500, 502, 503, 504).saveAs("status"))
                .exitHereIfFailed();
    }

    /** A voter of the measured burst, or of the warm-up before it (its requests are timed apart). */
    private ScenarioBuilder voter(boolean measured) {
        String vote = measured ? VOTE : Timings.warmUp(VOTE);
        return scenario(measured ? "voter" : "warm-up voter")
                .exec(measured ? RawLimits.startOfMeasurement(platform.kafka) : session -> session)
                .exec(session -> {
                    int index = measured
                            ? nextVoter.getAndIncrement() % voters
                            : voters + nextWarmUpVoter.getAndIncrement() % warmUpVoters;
                    List<Integer> order =
                            new ArrayList<>(IntStream.rangeClosed(1, 18).boxed().toList());
                    Collections.shuffle(order, new Random(index));
                    return session.set("voter", names.get(index))
                            .set("year", voting.year())
                            .set("order", order);
                })
                .foreach("#{order}", "category")
                .on(exec(session -> {
                            int category = session.getInt("category");
                            List<String> nominees = voting.nominees().get(category);
                            String nominee =
                                    nominees.get(ThreadLocalRandom.current().nextInt(nominees.size()));
                            return session.set("nominee", nominee)
                                    .set("token", platform.token(session.getString("voter")))
                                    .set("status", 0)
                                    .set("retrying", false);
                        })
                        .tryMax(4, "attempt")
                        .on(exec(session -> {
                                    if (session.getInt("attempt") > 0) {
                                        retried.incrementAndGet();
                                        return session.set("retrying", true);
                                    }
                                    return session;
                                })
                                .exec(vote(vote))
                                .exec(session -> session.getInt("status") >= 429 ? session.markAsFailed() : session)
                                .exitHereIfFailed())
                        .exec(session -> {
                            int status = session.getInt("status");
                            // A 409 to a vote sent again means the lost attempt was saved: the vote is in.
                            if (status == 202 || (status == 409 && session.getBoolean("retrying"))) {
                                accepted.incrementAndGet();
                                acceptedPerNominee
                                        .computeIfAbsent(session.getString("nominee"), n -> new AtomicLong())
                                        .incrementAndGet();
                            }
                            return session.set(
                                    "doubleClick", ThreadLocalRandom.current().nextInt(10) == 0);
                        })
                        .doIf("#{doubleClick}")
                        .then(exec(vote(vote + " (double click)")).exec(session -> {
                            if (session.getInt("status") == 409) {
                                doubleClicksRefused.incrementAndGet();
                            }
                            return session;
                        }))
                        .pause(Duration.ofMillis(1000), Duration.ofMillis(3000)));
    }

    private static final String VOTE = "vote";

    {
        setUp(RawLimits.trivialEndpoint(20)
                        .injectOpen(atOnceUsers(clients))
                        .andThen(voter(false)
                                .injectOpen(rampUsers(warmUpVoters).during(Duration.ofSeconds(warmUpSeconds))))
                        .andThen(voter(true).injectOpen(rampUsers(voters).during(Duration.ofSeconds(seconds)))))
                .protocols(protocol);
    }

    @Override
    public void after() {
        CpuUse.reportMeasuredPart();
        // First the lag: how long after the last answer the tallies hold as many ballots as were accepted.
        long start = System.nanoTime();
        Platform.awaitUpTo(Duration.ofMinutes(5), () -> sum(platform.counted(voting.year())) >= accepted.get());
        double lag = since(start);
        // Then exactness, per nominee, against what each voter's own page shows.
        Map<String, Long> recorded = new HashMap<>();
        for (String name : names) {
            platform.get("/api/prizes/editions/" + voting.year() + "/votes/mine", name)
                    .body()
                    .path("votes")
                    .forEach(n -> recorded.merge(n.asText(), 1L, Long::sum));
        }
        Map<String, Long> sawAccepted = new HashMap<>();
        acceptedPerNominee.forEach((n, c) -> sawAccepted.put(n, c.get()));
        // The tallies once they have held still for 2 s: a vote counted twice would show.
        Map<String, Long> counted = Platform.settled(Duration.ofSeconds(2), () -> platform.counted(voting.year()));
        Report.line(String.format(
                "votes accepted (202, or 409 to a vote sent again): %,d; recorded on the voters' pages: %,d; counted in the tallies: %,d; double clicks refused with 409: %,d; votes sent again (no answer, 429 or 5xx): %,d",
                accepted.get(), sum(recorded), sum(counted), doubleClicksRefused.get(), retried.get()));
        Report.line(String.format("the tallies held every accepted vote %.1f s after the last answer", lag));
        RawLimits.compare(Timings.of(VOTE), RawLimits.platformRecordsSinceStart(platform.kafka));
        boolean exact = counted.equals(recorded) && recorded.equals(sawAccepted);
        Report.line("CORRECT: " + (exact ? "yes" : "NO")
                + " (per nominee: tallies = votes on the voters' pages = votes accepted)");
        if (!exact) {
            Report.line("counted " + counted + "\nrecorded " + recorded + "\naccepted " + sawAccepted);
            throw new IllegalStateException("The tallies do not equal the accepted votes");
        }
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static double since(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
