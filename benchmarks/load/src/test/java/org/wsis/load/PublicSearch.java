package org.wsis.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The search page's requests, anonymous, through the portal: a query word and two filters (an ITU
 * region and an action line), with facet counts, by {@code clients} closed-loop clients for
 * {@code seconds}, after {@code warmUpSeconds} (20 by default) of the same searches to warm the
 * services up (timed apart). Every answer must be 200 and every entry listed must carry the action line
 * asked for (checked on each response); at the end the count of one filter must equal its facet.
 */
public class PublicSearch extends Simulation {

    private static final List<String> WORDS = List.of(
            "broadband",
            "health",
            "skills",
            "radio",
            "farmers",
            "schools",
            "women",
            "mobile",
            "open",
            "data",
            "security",
            "youth",
            "libraries",
            "payments",
            "climate",
            "languages");
    private static final List<String> REGIONS = List.of("AFR", "AMS", "ARB", "ASP", "CIS", "EUR");
    private static final List<String> ACTION_LINES =
            List.of("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11");

    private static final String SEARCH = "search with two filters";

    private final int clients = Integer.getInteger("clients", 4);
    private final int warmUpSeconds = Integer.getInteger("warmUpSeconds", 20);
    private final int seconds = Integer.getInteger("seconds", 60);
    private final Platform platform = new Platform();
    private final AtomicLong empty = new AtomicLong();

    private final HttpProtocolBuilder protocol = http.baseUrl(platform.portal)
            .acceptHeader("application/json, application/problem+json")
            .shareConnections();

    private ScenarioBuilder visitor(boolean measured) {
        String search = measured ? SEARCH : Timings.warmUp(SEARCH);
        return scenario(measured ? "visitor" : "warm-up visitor")
                .exec(measured ? RawLimits.startOfMeasurement(platform.kafka) : session -> session)
                .during(Duration.ofSeconds(measured ? seconds : warmUpSeconds))
                .on(exec(session -> {
                            ThreadLocalRandom random = ThreadLocalRandom.current();
                            return session.set("q", WORDS.get(random.nextInt(WORDS.size())))
                                    .set("region", REGIONS.get(random.nextInt(REGIONS.size())))
                                    .set("actionLine", ACTION_LINES.get(random.nextInt(ACTION_LINES.size())));
                        })
                        .exec(Timings.timed(
                                search,
                                http -> http.get(
                                        "/api/entries?q=#{q}&region=#{region}&actionLine=#{actionLine}&size=20"),
                                status().is(200),
                                jmesPath("length(items[?!contains(actionLines, '#{actionLine}')])")
                                        .ofInt()
                                        .is(0),
                                jmesPath("total").ofLong().saveAs("total")))
                        .exec(session -> {
                            if (measured && session.getLong("total") == 0) {
                                empty.incrementAndGet();
                            }
                            return session;
                        }));
    }

    {
        setUp(RawLimits.trivialEndpoint(20)
                        .injectOpen(atOnceUsers(clients))
                        .andThen(visitor(false).injectOpen(atOnceUsers(clients)))
                        .andThen(visitor(true).injectOpen(atOnceUsers(clients))))
                .protocols(protocol);
    }

    @Override
    public void before() {
        RawLimits.kafkaProducer(platform.kafka, 200_000, 600);
        long published =
                platform.get("/api/entries?size=1", null).body().path("total").asLong();
        Report.line("public search: " + published + " published entries, " + clients + " clients, " + seconds + " s");
    }

    @Override
    public void after() {
        CpuUse.reportMeasuredPart();
        RawLimits.compare(Timings.of(SEARCH), 0);
        Report.line(String.format(
                "searches that matched nothing: %,d of %,d",
                empty.get(), Timings.of(SEARCH).count()));
        // The result count of a filter equals the facet the unfiltered search shows for it.
        var all = platform.get("/api/entries?size=1", null).body();
        long c7 = all.path("facets").path("actionLine").path("C7").asLong();
        long filtered = platform.get("/api/entries?actionLine=C7&size=1", null)
                .body()
                .path("total")
                .asLong();
        boolean exact = c7 == filtered && c7 > 0;
        Report.line("CORRECT: " + (exact ? "yes" : "NO") + " (facet C7 = " + c7 + ", entries under C7 = " + filtered
                + "; every listed entry carried the filtered action line, or the check above counts a KO)");
        if (!exact) {
            throw new IllegalStateException("Facet and filter disagree");
        }
    }
}
