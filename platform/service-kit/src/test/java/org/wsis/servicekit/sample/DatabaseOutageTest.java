package org.wsis.servicekit.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wsis.embedded.Ports;
import org.wsis.embedded.WireProtocolMongo;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformInfrastructure;

/**
 * A service whose database is away: requests that need it are refused quickly with 503 and
 * {@code Retry-After} (not a 500 after the driver's 30 s), readiness says not ready while liveness stays
 * up, and both recover by themselves when the database comes back. The service has a database of its
 * own here (a wire-protocol server on a port of its own, not yet started), and no consumer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseOutageTest {

    private static final int MONGO_PORT = Ports.free();
    private static WireProtocolMongo database;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PlatformInfrastructure infra = PlatformInfrastructure.shared();
        registry.add("spring.kafka.bootstrap-servers", infra::kafkaBootstrapServers);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", infra::issuerUri);
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + MONGO_PORT);
        registry.add("spring.cloud.function.definition", () -> "");
        registry.add("wsis.outbox.relay.enabled", () -> "false");
    }

    @LocalServerPort
    int port;

    private static String token() {
        return PlatformInfrastructure.shared().token("user-1", "user-1@example.org", "User One", "stakeholder");
    }

    private HttpResponse<String> send(String path) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .header("Authorization", "Bearer " + token())
                                    .timeout(Duration.ofSeconds(60))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void whileTheDatabaseIsAwayRequestsAre503WithRetryAfterAndTheServiceIsNotReadyThenItRecovers() {
        ApiClient api = ApiClient.onPort(port);

        long started = System.nanoTime();
        HttpResponse<String> refused = send("/api/samples/applied/e-1");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("urn:wsis:problem:unavailable");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
        // The driver's server selection gives up after 2 s; its default would hold the request 30 s.
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(503);
        assertThat(api.get("/actuator/health/liveness", null).status()).isEqualTo(200);

        database = WireProtocolMongo.onPort(MONGO_PORT).start();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);
            assertThat(api.get("/api/samples/applied/e-1", token()).status()).isEqualTo(200);
        });
    }
}
