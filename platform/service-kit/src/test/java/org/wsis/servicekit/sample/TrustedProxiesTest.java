package org.wsis.servicekit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.wsis.testkit.PlatformInfrastructure;

/**
 * A service built on the kit takes X-Forwarded-For only from the portal's address: by default loopback
 * (127.0.0.1), where the local stack runs the portal; a request from any other address (here 127.0.0.2)
 * cannot name its own client address.
 */
class TrustedProxiesTest {

    private final PlatformInfrastructure infra = PlatformInfrastructure.shared();

    @Test
    void onlyThePortalsAddressNamesTheCaller() throws Exception {
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(SampleApplication.class)
                .run(
                        "--spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                        "--spring.mongodb.uri=" + infra.mongoUri(),
                        "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + infra.issuerUri(),
                        "--server.port=0",
                        "--wsis.security.public-get-paths=/sample/caller",
                        "--spring.cloud.stream.bindings.entryEvents-in-0.group=trusted-proxies-test")) {
            int port = ((WebServerApplicationContext) service).getWebServer().getPort();

            assertThat(callerSeenFrom("127.0.0.1", port)).isEqualTo("203.0.113.7");
            assertThat(callerSeenFrom("127.0.0.2", port)).isEqualTo("127.0.0.2");
        }
    }

    private static String callerSeenFrom(String address, int port) throws Exception {
        try (HttpClient client = HttpClient.newBuilder()
                .localAddress(InetAddress.getByName(address))
                .build()) {
            HttpResponse<String> answer = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sample/caller"))
                            .header("X-Forwarded-For", "203.0.113.7")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            return answer.body();
        }
    }
}
