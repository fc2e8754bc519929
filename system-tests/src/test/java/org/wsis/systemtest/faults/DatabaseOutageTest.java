package org.wsis.systemtest.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.wsis.contracts.Topics;
import org.wsis.systemtest.PlatformActions;
import org.wsis.testkit.ApiClient;

/**
 * The MongoDB server is away for more than 20 s while people submit entries and vote through the portal,
 * and events of entries submitted just before are on their way through every service. Requests that need
 * the database are refused quickly with 503 and {@code Retry-After}, the services say they are not ready,
 * people retry as they are told; consumers wait for the database in order instead of parking events. Once
 * it is back, nothing was lost and nothing was done twice: every accepted entry is queued once and
 * acknowledged by one mail, every vote is counted once, nothing was dead-lettered.
 */
class DatabaseOutageTest {

    private static final List<String> SERVICES = List.of(
            "submission-service",
            "moderation-service",
            "prize-service",
            "notification-service",
            "convening-service",
            "community-service");
    private static final Duration OUTAGE = Duration.ofSeconds(22);

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void withTheDatabaseAway22sUnderTrafficNothingAcceptedIsLostOrDoneTwice() throws Exception {
        FaultyPlatform platform = FaultyPlatform.get();
        VotingScene scene = VotingScene.get();
        List<String> before = scene.newVoters(12);
        List<String> after = scene.newVoters(12);
        ApiClient api = new ApiClient(platform.stack.portalUrl());
        String amina = platform.token("amina");
        String omar = platform.token("omar");
        Map<String, Integer> deadLettersBefore = deadLetters(platform);

        // Submitted just before: their events travel through the services while the database goes away.
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            entries.add(PlatformActions.submittedEntry(api, amina, "Just before the outage " + i, "C5"));
        }

        // A burst of votes just before: accepted, and still being counted when the database goes away.
        VotingScene.Outcome votedBefore = scene.burst(before, () -> {});

        platform.stack.stopMongo();
        long down = System.nanoTime();
        Map<String, String> submittedDuring = new ConcurrentHashMap<>();
        try {
            // A request that needs the database is refused at once, saying when to come back (searching
            // goes on: it is answered from the search index).
            long asked = System.nanoTime();
            HttpResponse<String> refused = send(platform, "GET", "/api/entries/" + entries.get(0), amina, null);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(5));
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                for (String service : SERVICES) {
                    assertThat(readiness(platform, service))
                            .as(service + " ready")
                            .isEqualTo(503);
                }
            });

            // People keep going: three more submissions, retried as the answers say.
            List<CompletableFuture<Void>> submitting = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String title = "During the outage " + i;
                submitting.add(
                        CompletableFuture.runAsync(() -> submittedDuring.put(title, submitRetrying(platform, title))));
            }
            // A vote cannot be recorded either: refused, saying when to come back.
            String late = after.get(0);
            long voted = System.nanoTime();
            HttpResponse<String> vote = send(
                    platform,
                    "POST",
                    "/api/prizes/editions/" + VotingScene.YEAR + "/votes",
                    platform.token(late),
                    "{\"category\":%d,\"nominationId\":\"%s\"}"
                            .formatted(
                                    VotingScene.CATEGORIES.get(0), scene.nominees.get(VotingScene.CATEGORIES.get(0))));
            assertThat(vote.statusCode()).as(vote.body()).isEqualTo(503);
            assertThat(vote.headers().firstValue("Retry-After")).isPresent();
            assertThat(Duration.ofNanos(System.nanoTime() - voted)).isLessThan(Duration.ofSeconds(5));
            VotingScene.sleep(OUTAGE.minusNanos(System.nanoTime() - down));
            assertThat(submittedDuring)
                    .as("nothing could be saved while the database was away")
                    .isEmpty();
            platform.stack.startMongo();
            CompletableFuture.allOf(submitting.toArray(CompletableFuture[]::new))
                    .get(3, java.util.concurrent.TimeUnit.MINUTES);
        } finally {
            platform.stack.startMongoIfStopped();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - down)).isGreaterThan(Duration.ofSeconds(20));

        // Every service is ready again by itself.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String service : SERVICES) {
                assertThat(readiness(platform, service)).as(service + " ready").isEqualTo(200);
            }
        });
        // The voters who were refused vote again, and everyone's votes count.
        VotingScene.Outcome votedAfter = scene.burst(after, () -> {});
        assertThat(votedBefore.unexpected()).isEmpty();
        assertThat(votedBefore.accepted()).isEqualTo(before.size() * VotingScene.CATEGORIES.size());
        assertThat(votedAfter.unexpected()).isEmpty();
        assertThat(votedAfter.accepted()).isEqualTo(after.size() * VotingScene.CATEGORIES.size());
        entries.addAll(submittedDuring.values());
        assertThat(entries).hasSize(6);

        // Every accepted entry reached the queue once and its owner heard of it once.
        for (String entry : entries) {
            PlatformActions.awaitItem(api, omar, "entry:" + entry + ":1");
        }
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            for (String title : List.of(
                    "Just before the outage 0",
                    "Just before the outage 1",
                    "Just before the outage 2",
                    "During the outage 0",
                    "During the outage 1",
                    "During the outage 2")) {
                assertThat(platform.mails())
                        .filteredOn(m -> m.subject().equals("We received your entry \u201c" + title + "\u201d"))
                        .as(title)
                        .hasSize(1);
            }
        });
        // Every vote counted once, and no event was parked as dead while the database was away.
        scene.assertTalliesEqualAcceptedVotes();
        assertThat(deadLetters(platform)).isEqualTo(deadLettersBefore);
        // Three acknowledgements, and no copy of any of them while a redelivery could still bring one.
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(platform.mails())
                        .filteredOn(m -> m.subject().startsWith("We received your entry \u201cDuring"))
                        .hasSize(3));
    }

    /** Submits an entry the way a person would: again after every 503, as long as Retry-After says. */
    private String submitRetrying(FaultyPlatform platform, String title) {
        ApiClient api = new ApiClient(platform.stack.portalUrl());
        long giveUp = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < giveUp) {
            HttpResponse<String> answer =
                    send(platform, "POST", "/api/entries", platform.token("amina"), """
                    {"title":"%s","organisation":"Ministry of Digital Economy","stakeholderType":"GOVERNMENT",\
                    "country":"SN","actionLines":["C5"],"sdgs":[4],"shortDescription":"Connects rural schools.",\
                    "startDate":"2024-09-01"}""".formatted(title));
            if (answer.statusCode() == 201) {
                String id = tools.jackson.databind.json.JsonMapper.builder()
                        .build()
                        .readTree(answer.body())
                        .path("id")
                        .asString();
                await().atMost(Duration.ofMinutes(2))
                        .pollInterval(Duration.ofSeconds(1))
                        .until(() -> api.post("/api/entries/" + id + "/submit", platform.token("amina"), null)
                                        .status()
                                == 200);
                return id;
            }
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
            VotingScene.sleep(Duration.ofSeconds(
                    Long.parseLong(answer.headers().firstValue("Retry-After").orElse("1"))));
        }
        throw new AssertionError("The entry " + title + " was never accepted");
    }

    private static Map<String, Integer> deadLetters(FaultyPlatform platform) {
        Map<String, Integer> parked = new java.util.TreeMap<>();
        for (String topic : List.of(Topics.ENTRY, Topics.MODERATION, Topics.PRIZE, Topics.BALLOT)) {
            parked.put(
                    topic,
                    Records.on(platform.stack.kafkaBootstrapServers(), Topics.deadLetterOf(topic))
                            .size());
        }
        return parked;
    }

    private int readiness(FaultyPlatform platform, String service) {
        return send(platform.stack.serviceUrl(service) + "/actuator/health/readiness", "GET", null, null)
                .statusCode();
    }

    private HttpResponse<String> send(FaultyPlatform platform, String method, String path, String token, String body) {
        return send(platform.stack.portalUrl() + path, method, token, body);
    }

    private HttpResponse<String> send(String url, String method, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
