package org.wsis.systemtest.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wsis.systemtest.PlatformActions;
import org.wsis.testkit.ApiClient;

/** The MongoDB server restarts under the running services: they reconnect by themselves. */
class DatabaseRestartTest {

    @Test
    void everyServiceReadsAndWritesAgainAfterTheDatabaseRestarts() {
        FaultyPlatform platform = FaultyPlatform.get();
        ApiClient api = new ApiClient(platform.stack.portalUrl());
        String before = PlatformActions.submittedEntry(api, platform.token("amina"), "Before the restart", "C3");

        platform.stack.restartMongo();

        // Each service answers from its database again, without being restarted: reads and writes.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String service :
                    List.of("submission-service", "moderation-service", "prize-service", "notification-service")) {
                assertThat(new ApiClient(platform.stack.serviceUrl(service))
                                .get("/actuator/health/readiness", null)
                                .status())
                        .as(service)
                        .isEqualTo(200);
            }
        });
        assertThat(api.get("/api/entries/" + before, platform.token("amina")).text("status"))
                .isEqualTo("SUBMITTED");
        String after = PlatformActions.submittedEntry(api, platform.token("amina"), "After the restart", "C3");
        PlatformActions.decide(
                api,
                platform.token("omar"),
                PlatformActions.awaitItem(api, platform.token("omar"), "entry:" + after + ":1"),
                PlatformActions.APPROVAL);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/entries/" + after, null).status() == 200);
        assertThat(api.put(
                                "/api/notifications/preferences",
                                platform.token("amina"),
                                Map.of("frequencies", Map.of("NOMINATIONS", "IMMEDIATE")),
                                null)
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/prizes/editions", null).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> platform.mails().stream()
                .anyMatch(m -> m.subject().equals("Your entry \u201cAfter the restart\u201d is published")));
    }
}
