package org.wsis.servicekit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformInfrastructure;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.infra.TokenIssuer;

/**
 * Every service accepts only tokens meant for the platform: signed by the realm and naming the platform's
 * audience. Another client of the same realm gets tokens the realm signs too; they are refused.
 */
@PlatformIntegrationTest
class ResourceServerTest {

    @LocalServerPort
    int port;

    private final PlatformInfrastructure infra = PlatformInfrastructure.shared();

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    @Test
    void aTokenOfThePlatformsOwnClientIsAccepted() {
        String token = infra.token("user-1", "user-1@example.org", "User One", "stakeholder");

        ApiClient.Response answer = api().get("/api/samples/me", token);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text("userId")).isEqualTo("user-1");
        assertThat(answer.body().path("emailVerified").asBoolean()).isTrue();
    }

    @Test
    void aTokenAnotherClientOfTheRealmObtainedIsRefusedWith401() {
        String token = anotherClientsToken(List.of("account"));

        ApiClient.Response answer = api().get("/api/samples/me", token);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.text("type")).isEqualTo("urn:wsis:problem:unauthenticated");
    }

    @Test
    void aTokenWithoutAnyAudienceIsRefusedWith401() {
        String token = infra.tokenIssuer()
                .mint(
                        "user-3",
                        "user-3@example.org",
                        "User Three",
                        "en",
                        List.of("admin"),
                        Duration.ofMinutes(5),
                        Map.of("aud", TokenIssuer.ABSENT));

        assertThat(api().get("/api/samples/me", token).status()).isEqualTo(401);
    }

    private String anotherClientsToken(List<String> audience) {
        return infra.tokenIssuer()
                .mint(
                        "user-2",
                        "user-2@example.org",
                        "User Two",
                        "en",
                        List.of("admin"),
                        Duration.ofMinutes(5),
                        Map.of("aud", audience, "azp", "another-client"));
    }
}
