package org.wsis.moderation.flag;

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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.moderation.ModerationApplication;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformInfrastructureInitializer;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import org.wsis.testkit.TopicProbe;

/**
 * The per-account flag limit holds across replicas: this test's application and a second one on the same
 * database take turns answering one account, and together let it raise only three flags.
 */
@PlatformIntegrationTest
@TestPropertySource(
        properties = {"wsis.moderation.flags.per-account=3", "wsis.moderation.flags.per-account-window=P1D"})
class FlagRateLimitTest {

    private static ConfigurableApplicationContext secondReplica;

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startASecondReplica() {
        secondReplica = new SpringApplicationBuilder(ModerationApplication.class)
                .initializers(new PlatformInfrastructureInitializer())
                .run(
                        "--server.port=0",
                        "--wsis.moderation.flags.per-account=3",
                        "--wsis.moderation.flags.per-account-window=P1D",
                        // The first replica consumes the entry stream; this one only answers requests.
                        "--spring.cloud.stream.bindings.entryEvents-in-0.consumer.auto-startup=false",
                        "--spring.cloud.stream.bindings.prizeEvents-in-0.consumer.auto-startup=false");
    }

    @AfterAll
    static void stopTheSecondReplica() {
        if (secondReplica != null) {
            secondReplica.close();
        }
    }

    private static int secondPort() {
        return secondReplica.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private String published() {
        String entryId = UUID.randomUUID().toString();
        TopicProbe.onSharedBroker()
                .publish(new EntryPublished(
                        UUID.randomUUID(),
                        Instant.now(),
                        entryId,
                        1,
                        "Digital literacy in public libraries",
                        "National Library",
                        List.of(ActionLine.C4),
                        new Recipient("user-kemi", "kemi@example.org", "Kemi", "en")));
        // Once published, its author's own flag is refused; that costs nobody any of their allowance.
        String kemi = TestUsers.stakeholder("Kemi");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "urn:wsis:problem:own-entry"
                        .equals(ApiClient.onPort(port)
                                .post("/api/moderation/flags", kemi, Map.of("entryId", entryId, "reason", "SPAM"))
                                .text("type")));
        return entryId;
    }

    private HttpResponse<String> flag(int replicaPort, String token, String entryId) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + replicaPort + "/api/moderation/flags"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"entryId\":\"" + entryId + "\",\"reason\":\"SPAM\"}"))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anAccountOverItsFlagLimitIsToldToComeBackLaterByEveryReplica() throws Exception {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            entries.add(published());
        }
        String rafael = TestUsers.voter("Rafael");

        assertThat(flag(port, rafael, entries.get(0)).statusCode()).isEqualTo(201);
        assertThat(flag(secondPort(), rafael, entries.get(1)).statusCode()).isEqualTo(201);
        assertThat(flag(port, rafael, entries.get(2)).statusCode()).isEqualTo(201);

        for (int replica : List.of(secondPort(), port)) {
            HttpResponse<String> refused = flag(replica, rafael, entries.get(3));
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.body()).contains("\"type\":\"urn:wsis:problem:too-many-flags\"");
            long retryAfter =
                    Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter)
                    .as("until the first of the three flags is a day old")
                    .isBetween(
                            Duration.ofDays(1).minusMinutes(5).toSeconds(),
                            Duration.ofDays(1).toSeconds());
        }

        assertThat(flag(secondPort(), TestUsers.voter("Rosa"), entries.get(3)).statusCode())
                .as("the limit is the account's, not the entry's")
                .isEqualTo(201);
    }
}
