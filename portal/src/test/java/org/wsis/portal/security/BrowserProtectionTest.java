package org.wsis.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal on a real Tomcat, in front of a stand-in for Keycloak's discovery document and a stand-in
 * service that records what the gateway relays to it: which requests do without a CSRF token, and whose
 * word the portal takes for the caller's address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserProtectionTest {

    private static final HttpServer KEYCLOAK = server();
    private static final HttpServer SERVICE = server();
    /** The last request the stand-in service received: its Authorization and X-Forwarded-For headers. */
    private static final Map<String, String> RELAYED = new ConcurrentHashMap<>();

    static {
        String issuer = "http://127.0.0.1:" + KEYCLOAK.getAddress().getPort() + "/realms/wsis";
        respond(KEYCLOAK, "/realms/wsis/.well-known/openid-configuration", """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/protocol/openid-connect/auth",
                 "token_endpoint":"%1$s/protocol/openid-connect/token",
                 "jwks_uri":"%1$s/protocol/openid-connect/certs",
                 "userinfo_endpoint":"%1$s/protocol/openid-connect/userinfo",
                 "end_session_endpoint":"%1$s/protocol/openid-connect/logout",
                 "response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"]}""".formatted(issuer));
        SERVICE.createContext("/", exchange -> {
            RELAYED.clear();
            exchange.getRequestHeaders().forEach((name, values) -> RELAYED.put(name.toLowerCase(), values.getFirst()));
            exchange.getRequestBody().readAllBytes();
            byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        KEYCLOAK.start();
        SERVICE.start();
    }

    @DynamicPropertySource
    static void stand_ins(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.security.oauth2.client.provider.keycloak.issuer-uri",
                () -> "http://127.0.0.1:" + KEYCLOAK.getAddress().getPort() + "/realms/wsis");
        String service = "http://127.0.0.1:" + SERVICE.getAddress().getPort();
        for (String name : new String[] {"submission", "moderation", "prize", "notification"}) {
            registry.add("wsis.portal.services." + name, () -> service);
        }
    }

    @AfterAll
    static void stop() {
        KEYCLOAK.stop(0);
        SERVICE.stop(0);
    }

    @LocalServerPort
    int port;

    @Test
    void aFormPostToAPageIsRefusedWithoutItsCsrfTokenWhateverAuthorizationHeaderItCarries() throws Exception {
        for (String authorization : new String[] {"Basic eDp4", "Bearer abc.def.ghi", "bearer abc"}) {
            HttpResponse<String> answer = send(
                    "127.0.0.1",
                    HttpRequest.newBuilder(page("/account/notifications"))
                            .header("Authorization", authorization)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("frequency.ANNOUNCEMENTS=OFF")));

            assertThat(answer.statusCode()).as(authorization).isEqualTo(403);
        }
    }

    @Test
    void anApiCallWithItsOwnBearerTokenNeedsNoCsrfTokenAndIsRelayedWithIt() throws Exception {
        HttpResponse<String> answer = send(
                "127.0.0.1",
                HttpRequest.newBuilder(page("/api/entries"))
                        .header("Authorization", "Bearer abc.def.ghi")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Community radio\"}")));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(RELAYED).containsEntry("authorization", "Bearer abc.def.ghi");
    }

    @Test
    void onlyATrustedProxyNamesTheCallersAddressToTheServices() throws Exception {
        HttpRequest.Builder claimingToBeElsewhere =
                HttpRequest.newBuilder(page("/api/entries")).header("X-Forwarded-For", "203.0.113.7");

        assertThat(send("127.0.0.1", claimingToBeElsewhere).statusCode()).isEqualTo(200);
        assertThat(RELAYED)
                .as("a proxy on loopback, trusted by default")
                .containsEntry("x-forwarded-for", "203.0.113.7");

        assertThat(send("127.0.0.2", claimingToBeElsewhere).statusCode()).isEqualTo(200);
        assertThat(RELAYED)
                .as("any other address, private or not, is the caller itself")
                .containsEntry("x-forwarded-for", "127.0.0.2");
    }

    /**
     * Paths a client library would not send as they are, written on the socket byte for byte: the API
     * answers them with problem details like any other refusal, never with Tomcat's page or Spring's
     * default JSON; a page path gets the portal's own error page.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "/api/entries/%00",
                "/api/entries/%C0%AF",
                "/api/entries/..%2F..%2Fetc%2Fpasswd",
                "/api//entries",
                "/api/entries/a;x=1",
                "/api/entries/%ZZ",
                "/api/entries?q=%C0%AF"
            })
    void aRequestRefusedBeforeTheGatewayRelaysItIsProblemDetails(String path) throws Exception {
        String answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(Integer.parseInt(answer.substring(9, 12))).as(answer).isBetween(400, 499);
        assertThat(answer.toLowerCase(java.util.Locale.ROOT))
                .as(answer)
                .contains("content-type: application/problem+json");
        assertThat(answer).doesNotContain("<html").doesNotContain("\"timestamp\"");
    }

    @Test
    void aPageRequestTheFirewallRefusesGetsThePortalsErrorPage() throws Exception {
        String answer = raw(
                "GET /entries//x HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n" + "Connection: close\r\n\r\n");

        assertThat(answer.substring(9, 12)).isEqualTo("400");
        assertThat(answer).contains("<html").contains("href=\"/\"");
    }

    /** What Tomcat refuses before the portal sees it still answers a browser with a page leading home. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"/entries/%00", "/my/entries/..%2F..%2Fetc", "/prizes/%C0%AF/results"})
    void aPageRequestTomcatRefusesGetsAPageNotJson(String path) throws Exception {
        String answer =
                raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html,application/xhtml+xml\r\n"
                        + "Connection: close\r\n\r\n");

        assertThat(Integer.parseInt(answer.substring(9, 12))).as(answer).isBetween(400, 499);
        assertThat(answer.toLowerCase(java.util.Locale.ROOT)).as(answer).contains("content-type: text/html");
        assertThat(answer).contains("<html").contains("href=\"/\"");
    }

    /** A body that says it is multipart but has no boundary is the service's to refuse: relayed, never a 500. */
    @Test
    void aMultipartBodyWithoutABoundaryIsRelayedNotParsed() throws Exception {
        String body = "{\"title\":\"x\"}";
        String answer = raw("POST /api/entries HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer x\r\n"
                + "Content-Type: multipart/form-data\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);

        assertThat(answer.substring(9, 12)).as(answer).isEqualTo("200");
        assertThat(RELAYED).containsEntry("content-type", "multipart/form-data");
    }

    private String raw(String request) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private URI page(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(String from, HttpRequest.Builder request) throws Exception {
        try (HttpClient client = HttpClient.newBuilder()
                .localAddress(InetAddress.getByName(from))
                .build()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static HttpServer server() {
        try {
            return HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void respond(HttpServer server, String path, String json) {
        server.createContext(path, exchange -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }
}
