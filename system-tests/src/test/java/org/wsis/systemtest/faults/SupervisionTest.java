package org.wsis.systemtest.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.wsis.testkit.ApiClient;

/**
 * The launcher notices a service that dies without being asked to (here killed from outside, as the
 * operating system's out-of-memory killer would) and starts it again; the platform then answers as before.
 * A service killed through the launcher, as the fault suite does, stays down until it is restarted.
 */
class SupervisionTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void aServiceThatDiesOnItsOwnIsStartedAgainAndAnswersAgain() {
        FaultyPlatform platform = FaultyPlatform.get();
        long before = platform.stack.pid("moderation-service");

        assertThat(ProcessHandle.of(before).orElseThrow().destroyForcibly()).isTrue();

        await().atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> platform.stack.pid("moderation-service") != before
                        && ready(platform.stack.serviceUrl("moderation-service")));
        ApiClient api = new ApiClient(platform.stack.portalUrl());
        assertThat(api.get("/api/moderation/items", platform.token("omar")).status())
                .as("the moderation queue answers through the portal again")
                .isEqualTo(200);
    }

    @Test
    void aServiceKilledOnPurposeStaysDownUntilItIsRestarted() {
        FaultyPlatform platform = FaultyPlatform.get();
        String url = platform.stack.serviceUrl("moderation-service");

        platform.stack.kill("moderation-service");
        long killed = platform.stack.pid("moderation-service");

        await().during(Duration.ofSeconds(8))
                .atMost(Duration.ofSeconds(10))
                .until(() -> platform.stack.pid("moderation-service") == killed && !ready(url));
        platform.stack.restart("moderation-service", Duration.ofSeconds(180));
        assertThat(ready(url)).isTrue();
    }

    private static boolean ready(String url) {
        try {
            return HTTP.send(
                                    HttpRequest.newBuilder(URI.create(url + "/actuator/health/readiness"))
                                            .timeout(Duration.ofSeconds(5))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode()
                    == 200;
        } catch (Exception notYet) {
            return false;
        }
    }
}
