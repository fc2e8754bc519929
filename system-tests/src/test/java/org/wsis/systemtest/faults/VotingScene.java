package org.wsis.systemtest.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.wsis.systemtest.PlatformActions;
import org.wsis.testkit.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * One edition of the Prizes in its public vote, set up once through the API as people would (Amina's
 * entries published, nominated, screened and shortlisted in three categories), and voters who vote as
 * people do: a double click on every vote, and a retry after any answer that is not final (no answer,
 * 429, 5xx), until the vote is accepted (202) or known (409 already-voted).
 */
final class VotingScene {

    static final int YEAR = 2040;
    static final List<Integer> CATEGORIES = List.of(2, 3, 4);

    private static VotingScene instance;

    private final FaultyPlatform platform;
    private final ApiClient api;
    /** Category to its nominee. */
    final Map<Integer, String> nominees = new LinkedHashMap<>();
    /** Every voter who took part in any test of the suite. */
    private final List<String> voters = new ArrayList<>();

    private final AtomicInteger voterNames = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();

    private VotingScene(FaultyPlatform platform) {
        this.platform = platform;
        this.api = new ApiClient(platform.stack.portalUrl());
        String admin = platform.token("admin");
        assertThat(api.post("/api/prizes/editions", admin, Map.of("year", YEAR)).status())
                .isEqualTo(201);
        phase("SUBMISSION");
        String amina = platform.token("amina");
        String omar = platform.token("omar");
        Map<Integer, String> entries = new LinkedHashMap<>();
        for (int category : CATEGORIES) {
            String entry =
                    PlatformActions.submittedEntry(api, amina, "Fault suite project C" + category, "C" + category);
            PlatformActions.decide(
                    api, omar, PlatformActions.awaitItem(api, omar, "entry:" + entry + ":1"), PlatformActions.APPROVAL);
            entries.put(category, entry);
        }
        for (var each : entries.entrySet()) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> api.post(
                                            "/api/prizes/editions/" + YEAR + "/nominations",
                                            platform.token("amina"),
                                            Map.of("entryId", each.getValue(), "category", each.getKey()))
                                    .status()
                            == 201);
        }
        JsonNode mine = api.get("/api/prizes/editions/" + YEAR + "/nominations/mine", platform.token("amina"))
                .body();
        for (JsonNode nomination : mine) {
            String id = nomination.path("id").asString();
            PlatformActions.decide(
                    api,
                    platform.token("omar"),
                    PlatformActions.awaitItem(api, platform.token("omar"), "nomination:" + id + ":1"),
                    PlatformActions.APPROVAL);
            nominees.put(nomination.path("category").asInt(), id);
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api
                        .get("/api/prizes/editions/" + YEAR + "/nominations/mine", platform.token("amina"))
                        .body()
                        .findValuesAsString("status")
                        .stream()
                        .allMatch("ELIGIBLE"::equals));
        phase("EXPERT_REVIEW");
        for (String nomination : nominees.values()) {
            assertThat(api.post(
                                    "/api/prizes/editions/" + YEAR + "/nominations/" + nomination + "/shortlist",
                                    platform.token("admin"),
                                    null)
                            .status())
                    .isEqualTo(200);
        }
        phase("VOTING");
    }

    static synchronized VotingScene get() {
        if (instance == null) {
            instance = new VotingScene(FaultyPlatform.get());
        }
        return instance;
    }

    private void phase(String phase) {
        assertThat(api.post("/api/prizes/editions/" + YEAR + "/phase", platform.token("admin"), Map.of("phase", phase))
                        .status())
                .isEqualTo(200);
    }

    /** New voter accounts in Keycloak, with their tokens fetched. */
    synchronized List<String> newVoters(int count) {
        List<String> names = IntStream.range(0, count)
                .mapToObj(i -> "voter" + voterNames.incrementAndGet())
                .toList();
        platform.stack.addVoters(names);
        names.parallelStream().forEach(platform::token);
        voters.addAll(names);
        return names;
    }

    /** What the voters' clicks came to. */
    record Outcome(int accepted, int alreadyVoted, int retried, Map<Integer, Integer> unexpected) {}

    /**
     * Each voter votes in every category of the scene, several voters at once, each vote clicked twice
     * at once and retried until the answer is final; {@code afterHalf} runs once half the votes are
     * decided (to break something mid-burst).
     */
    Outcome burst(List<String> who, Runnable afterHalf) throws Exception {
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger known = new AtomicInteger();
        AtomicInteger retried = new AtomicInteger();
        AtomicInteger decided = new AtomicInteger();
        Map<Integer, Integer> unexpected = new ConcurrentHashMap<>();
        int total = who.size() * CATEGORIES.size();
        Thread breaker = Thread.ofPlatform().start(() -> {
            while (decided.get() < total / 2) {
                Thread.onSpinWait();
                sleep(Duration.ofMillis(20));
            }
            afterHalf.run();
        });
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> votes = new ArrayList<>();
            for (String voter : who) {
                votes.add(pool.submit(() -> {
                    for (int category : CATEGORIES) {
                        int status = voteLikeAPerson(voter, category, retried);
                        switch (status) {
                            case 202 -> accepted.incrementAndGet();
                            case 409 -> known.incrementAndGet();
                            default -> unexpected.merge(status, 1, Integer::sum);
                        }
                        decided.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> vote : votes) {
                vote.get();
            }
        }
        breaker.join(Duration.ofMinutes(3).toMillis());
        return new Outcome(accepted.get(), known.get(), retried.get(), Map.copyOf(unexpected));
    }

    /** A double click, then retries; the better of the final answers (202 over 409). */
    private int voteLikeAPerson(String voter, int category, AtomicInteger retried) throws Exception {
        String body = "{\"category\":" + category + ",\"nominationId\":\"" + nominees.get(category) + "\"}";
        long giveUp = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            var first = http.sendAsync(vote(voter, body), HttpResponse.BodyHandlers.discarding());
            var second = http.sendAsync(vote(voter, body), HttpResponse.BodyHandlers.discarding());
            int a = status(first);
            int b = status(second);
            if (a == 202 || b == 202) {
                return 202;
            }
            if (isFinal(a) && isFinal(b)) {
                return a == 409 ? b : a;
            }
            if (System.nanoTime() > giveUp) {
                return isFinal(a) ? b : a;
            }
            retried.incrementAndGet();
            sleep(Duration.ofMillis(500));
        }
    }

    private static boolean isFinal(int status) {
        return status > 0 && status != 429 && status < 500;
    }

    private HttpRequest vote(String voter, String body) {
        return HttpRequest.newBuilder(
                        URI.create(platform.stack.portalUrl() + "/api/prizes/editions/" + YEAR + "/votes"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + platform.token(voter))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static int status(java.util.concurrent.CompletableFuture<HttpResponse<Void>> answer) {
        try {
            // A person gives up on a click that never answers and clicks again.
            return answer.get(20, java.util.concurrent.TimeUnit.SECONDS).statusCode();
        } catch (Exception noAnswer) {
            answer.cancel(true);
            return -1;
        }
    }

    /** Per nominee, the votes the voters' own pages show: what the platform accepted from them. */
    Map<String, Long> acceptedVotes() {
        Map<String, Long> expected = new HashMap<>();
        List<String> everyone;
        synchronized (this) {
            everyone = List.copyOf(voters);
        }
        for (String voter : everyone) {
            JsonNode mine = api.get("/api/prizes/editions/" + YEAR + "/votes/mine", platform.token(voter))
                    .body();
            mine.path("votes").forEach(nomination -> expected.merge(nomination.asString(), 1L, Long::sum));
        }
        return expected;
    }

    /** Per voter, how many categories their own page shows a vote in. */
    Map<String, Integer> votesShownTo(List<String> who) {
        Map<String, Integer> shown = new LinkedHashMap<>();
        for (String voter : who) {
            JsonNode mine = api.get("/api/prizes/editions/" + YEAR + "/votes/mine", platform.token(voter))
                    .body();
            shown.put(voter, mine.path("votes").size());
        }
        return shown;
    }

    /** Per nominee, every ballot the tallies counted (valid, flagged for review or voided). */
    Map<String, Long> countedVotes() {
        Map<String, Long> counted = new HashMap<>();
        for (JsonNode category : api.get("/api/prizes/editions/" + YEAR + "/standings", platform.token("admin"))
                .body()) {
            for (JsonNode nominee : category.path("nominees")) {
                long all = nominee.path("votes").asLong()
                        + nominee.path("flagged").asLong()
                        + nominee.path("voided").asLong();
                if (all > 0) {
                    counted.put(nominee.path("nominationId").asString(), all);
                }
            }
        }
        return counted;
    }

    /** The tallies reach exactly the accepted votes and stay there (nothing lost, nothing twice). */
    void assertTalliesEqualAcceptedVotes() {
        Map<String, Long> accepted = acceptedVotes();
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(countedVotes()).isEqualTo(accepted));
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(countedVotes())
                        .as("still exact a moment later")
                        .isEqualTo(accepted));
    }

    static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
