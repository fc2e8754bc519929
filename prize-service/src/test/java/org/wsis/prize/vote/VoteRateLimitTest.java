package org.wsis.prize.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;

@PlatformIntegrationTest
@TestPropertySource(
        properties = {
            "wsis.prize.votes-per-minute.account=3",
            "wsis.prize.votes-per-minute.network=8",
            // This context only answers votes; the tallies are the other tests' context's to count.
            "spring.cloud.stream.bindings.ballotEvents-in-0.consumer.auto-startup=false"
        })
class VoteRateLimitTest {

    @Value("${local.server.port}")
    int port;

    private int attempt(String token) {
        return ApiClient.onPort(port)
                .post("/api/prizes/editions/2001/votes", token, Map.of("category", 1, "nominationId", "2001:x"))
                .status();
    }

    @Test
    void attemptsOverTheLimitsOfAnAccountOrANetworkAreRefusedWithTooManyRequests() {
        // All attempts of this test fall in one one-minute window.
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> System.currentTimeMillis() % 60_000 <= 50_000);
        String bot = TestUsers.voter("Bot");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(attempt(bot));
        }
        assertThat(statuses).containsExactly(404, 404, 404, 429);

        List<Integer> fromOneNetwork = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            fromOneNetwork.add(attempt(TestUsers.voter("Sock puppet " + i)));
        }
        assertThat(fromOneNetwork).startsWith(404, 404, 404, 404).endsWith(429);
        ApiClient.Response refused = ApiClient.onPort(port)
                .post(
                        "/api/prizes/editions/2001/votes",
                        TestUsers.voter("Another"),
                        Map.of("category", 1, "nominationId", "2001:x"));
        assertThat(refused.text("type")).isEqualTo("urn:wsis:problem:too-many-votes");
    }
}
