package org.wsis.productionguard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A real Tomcat with the platform's defaults, asked from two loopback addresses: 127.0.0.1, where a
 * proxy on the same machine connects from, and 127.0.0.2, standing for any other machine of the network
 * (Tomcat's own default trusts all of 127/8 and every private range).
 */
class TrustedProxiesTest {

    @RestController
    static class WhoAmI {
        @GetMapping("/who")
        String who(HttpServletRequest request) {
            return request.getRemoteAddr() + " " + (request.isSecure() ? "https" : "http");
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @Import(WhoAmI.class)
    static class AnApplication {}

    private static ConfigurableApplicationContext start(String... args) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--server.address=0.0.0.0"));
        all.addAll(List.of(args));
        return new SpringApplicationBuilder(AnApplication.class).run(all.toArray(String[]::new));
    }

    /** What the application saw of a request from {@code from} that claims to come from 203.0.113.7 over TLS. */
    private static String ask(ConfigurableApplicationContext app, String from) throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpClient client = HttpClient.newBuilder()
                .localAddress(InetAddress.getByName(from))
                .build();
        HttpResponse<String> answer = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/who"))
                        .header("X-Forwarded-For", "203.0.113.7")
                        .header("X-Forwarded-Proto", "https")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    @Test
    void byDefaultOnlyAProxyOnLoopbackNamesTheClient() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            assertThat(ask(app, "127.0.0.1")).isEqualTo("203.0.113.7 https");
            assertThat(ask(app, "127.0.0.2"))
                    .as("another address cannot name its own client address nor claim TLS")
                    .isEqualTo("127.0.0.2 http");
        }
    }

    @Test
    void theTrustedProxiesAreConfiguredByTheirAddresses() throws Exception {
        try (ConfigurableApplicationContext app = start("--WSIS_TRUSTED_PROXIES=127\\.0\\.0\\.2")) {
            assertThat(ask(app, "127.0.0.2")).isEqualTo("203.0.113.7 https");
            assertThat(ask(app, "127.0.0.1")).isEqualTo("127.0.0.1 http");
        }
    }
}
