package org.wsis.prize.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.TestPropertySource;
import org.wsis.prize.PrizeApplication;
import org.wsis.testkit.PlatformInfrastructureInitializer;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Vote limits hold for the service as a whole, however many replicas answer: attempts over the limit of
 * an account or a network are refused with 429 and {@code Retry-After} until the minute is over.
 */
@PlatformIntegrationTest
@TestPropertySource(
        properties = {VoteRateLimitTest.LIMITS_ACCOUNT, VoteRateLimitTest.LIMITS_NETWORK, VoteRateLimitTest.NO_COUNTING
        })
class VoteRateLimitTest {

    static final String LIMITS_ACCOUNT = "wsis.prize.votes-per-minute.account=3";
    static final String LIMITS_NETWORK = "wsis.prize.votes-per-minute.network=8";
    // This context only answers votes; the tallies are the other tests' context's to count.
    static final String NO_COUNTING = "spring.cloud.stream.bindings.ballotEvents-in-0.consumer.auto-startup=false";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @Autowired
    MongoOperations mongo;

    /** A network of its own for each test: every context of this JVM votes from loopback. */
    private String network;

    private String run;

    @BeforeEach
    void ownNetwork() {
        int n = (int) (Math.random() * 250) + 1;
        network = "10." + n + "." + (int) (Math.random() * 250) + ".7";
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    /** All attempts of a test fall in one one-minute window. */
    private static void awaitRoomInTheMinute() {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> System.currentTimeMillis() % 60_000 <= 45_000);
    }

    private static long secondsToTheEndOfTheMinute(Instant at) {
        return 60 - (at.toEpochMilli() % 60_000) / 1000;
    }

    private record Answer(int status, String retryAfter, JsonNode body) {}

    private Answer attempt(int onPort, String token) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + onPort + "/api/prizes/editions/2001/votes"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", network)
                .POST(HttpRequest.BodyPublishers.ofString("{\"category\": 1, \"nominationId\": \"2001:x\"}"))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Retry-After").orElse(null),
                    JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void attemptsOverTheLimitsOfAnAccountOrANetworkAreRefusedUntilTheMinuteIsOver() {
        awaitRoomInTheMinute();
        String bot = TestUsers.voter("Bot " + run);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            statuses.add(attempt(port, bot).status());
        }
        Instant before = Instant.now();
        Answer refused = attempt(port, bot);
        assertThat(statuses).containsExactly(404, 404, 404);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body().path("type").asString()).isEqualTo("urn:wsis:problem:too-many-votes");
        assertThat(refused.retryAfter())
                .as("seconds to the end of the minute")
                .isNotNull()
                .satisfies(seconds ->
                        assertThat(Long.parseLong(seconds)).isBetween(1L, secondsToTheEndOfTheMinute(before)));

        List<Integer> fromOneNetwork = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            fromOneNetwork.add(attempt(port, TestUsers.voter("Sock puppet " + run + " " + i))
                    .status());
        }
        assertThat(fromOneNetwork)
                .as("the bot's four attempts and four others fill the network's eight")
                .startsWith(404, 404, 404, 404)
                .endsWith(429);
        Answer another = attempt(port, TestUsers.voter("Another " + run));
        assertThat(another.status()).isEqualTo(429);
        assertThat(another.body().path("detail").asString()).contains("network");
        assertThat(another.retryAfter()).isNotNull();
    }

    @Test
    void aSecondReplicaCountsTheAttemptsTheFirstAnswered() {
        ConfigurableApplicationContext second = new SpringApplicationBuilder(PrizeApplication.class)
                .initializers(new PlatformInfrastructureInitializer())
                .properties(
                        LIMITS_ACCOUNT,
                        LIMITS_NETWORK,
                        NO_COUNTING,
                        "spring.cloud.stream.bindings.entryEvents-in-0.consumer.auto-startup=false",
                        "spring.cloud.stream.bindings.moderationEvents-in-0.consumer.auto-startup=false",
                        "wsis.outbox.relay.enabled=false")
                // A command-line argument: properties given to the builder are defaults, which the application's own
                // server.port (its fixed port, for the local stack) would override.
                .run("--server.port=0");
        try {
            int secondPort = Integer.parseInt(second.getEnvironment().getRequiredProperty("local.server.port"));
            awaitRoomInTheMinute();
            String bot = TestUsers.voter("Roaming bot " + run);
            List<Integer> statuses = new ArrayList<>();
            statuses.add(attempt(port, bot).status());
            statuses.add(attempt(secondPort, bot).status());
            statuses.add(attempt(port, bot).status());
            Answer fourth = attempt(secondPort, bot);
            statuses.add(fourth.status());
            assertThat(statuses)
                    .as("the account's limit of 3 holds across the replicas a load balancer spreads it over")
                    .containsExactly(404, 404, 404, 429);
            assertThat(fourth.retryAfter()).isNotNull();
            long minute = Instant.now().toEpochMilli() / 60_000;
            Document window = mongo.findById(
                    "a:" + TestUsers.voterId("Roaming bot " + run) + ":" + minute, Document.class, "vote_rate_windows");
            assertThat(window)
                    .as("one count for the service, in the database both replicas use")
                    .isNotNull();
            assertThat(((Number) window.get("attempts")).intValue()).isEqualTo(4);
        } finally {
            second.close();
        }
    }
}
