package org.wsis.servicekit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wsis.testkit.PlatformInfrastructure;
import org.wsis.testkit.PlatformIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request says exactly what it means or is refused, naming the field, as problem details: no value is
 * coerced into another type, no text carries characters a person cannot have meant, and the requests
 * Tomcat or the security firewall refuse before any controller runs are problem details too.
 */
@PlatformIntegrationTest
class StrictRequestsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final String token =
            PlatformInfrastructure.shared().token("strict-1", "strict-1@example.org", "Strict One", "stakeholder");

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a number for text                  | {\"title\": 123, \"hour\": 5}                       | title",
                "true for text                      | {\"title\": true, \"hour\": 5}                      | title",
                "1.5 for a whole number             | {\"title\": \"t\", \"hour\": 1.5}                   | hour",
                "text for a whole number            | {\"title\": \"t\", \"hour\": \"5\"}                 | hour",
                "a number for a date                | {\"title\": \"t\", \"hour\": 5, \"startDate\": -2147483649} | startDate",
                "a number for yes or no             | {\"title\": \"t\", \"hour\": 5, \"online\": 1}      | online",
                "a position for a name              | {\"title\": \"t\", \"hour\": 5, \"kind\": 1}        | kind",
                "NUL in text                        | {\"title\": \"a\\u0000b\", \"hour\": 5}             | title",
                "a bell in a list of text           | {\"title\": \"t\", \"hour\": 5, \"tags\": [\"ok\", \"b\\u0007\"]} | tags[1]",
                "half of a surrogate pair           | {\"title\": \"x\\ud800y\", \"hour\": 5}             | title",
                "a right-to-left override           | {\"title\": \"invoice\\u202Efdp.exe\", \"hour\": 5} | title",
                "a directional isolate              | {\"title\": \"a\\u2067b\", \"hour\": 5}             | title",
            })
    void aValueThatIsNotWhatTheFieldTakesIsRefusedNamingTheField(String what, String body, String field) {
        HttpResponse<String> answer = post("/api/samples/things", body);

        assertThat(answer.statusCode()).as(what).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("type").asString()).isEqualTo("urn:wsis:problem:validation");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo(field);
    }

    @Test
    void textInAnyScriptWithLineBreaksAndDirectionMarksIsAccepted() {
        String body =
                "{\"title\": \"\u0645\u0631\u062D\u0628\u0627\u200F \u4F60\u597D \uD83C\uDF0D\\nline two\\ttab\", \"hour\": 5,"
                        + " \"startDate\": \"2026-12-02\", \"online\": true, \"kind\": \"WORKSHOP\", \"tags\": [\"\u00E9t\u00E9\"]}";

        HttpResponse<String> answer = post("/api/samples/things", body);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).path("title").asString())
                .contains("\uD83C\uDF0D")
                .contains("\n");
    }

    @Test
    void aQueryParameterOfUnsafeTextIsRefusedNamingIt() {
        HttpResponse<String> nul = get("/api/samples/search?q=a%00b");
        assertThat(nul.statusCode()).as(nul.body()).isEqualTo(400);
        assertThat(nul.body()).as(nul.body()).contains("errors");
        assertThat(JSON.readTree(nul.body()).path("errors").get(0).path("field").asString())
                .isEqualTo("q");

        HttpResponse<String> override = get("/api/samples/search?q=a%E2%80%AEb");
        assertThat(override.statusCode()).isEqualTo(400);

        assertThat(get("/api/samples/search?q=%D8%B3%D9%84%D8%A7%D9%85").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aQueryStringThatIsNotUtf8IsRefusedAsProblemDetails() {
        HttpResponse<String> answer = get("/api/samples/search?q=%C0%AF");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    /** Reading the parameters reads a multipart body: one that cannot be read is refused there. */
    @Test
    void aBodyCalledMultipartThatCannotBeReadIsRefusedAsProblemDetails() {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/samples/things"))
                .header("Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}", StandardCharsets.UTF_8)));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    /** Paths no client library would send as they are: written on the socket, byte for byte. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/api/samples/applied/%00",
                "/api/samples/applied/%C0%AF",
                "/api/samples/applied/..%2F..%2Fetc%2Fpasswd",
                "/api/samples/applied/%2e%2e%2f%2e%2e%2f",
                "/api/samples/applied/a;jsessionid=x",
                "/api/samples//applied/a",
                "/api/samples/applied/%ZZ",
            })
    void aPathRefusedBeforeAnyControllerRunsIsAnsweredWithProblemDetails(String path) {
        String answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                + "Authorization: Bearer " + token + "\r\nConnection: close\r\n\r\n");

        String status = answer.substring(9, 12);
        assertThat(Integer.parseInt(status)).as(answer).isBetween(400, 499);
        assertThat(answer.toLowerCase(java.util.Locale.ROOT))
                .as(answer)
                .contains("content-type: application/problem+json");
        assertThat(answer).doesNotContain("<html");
    }

    private HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            request.header("Authorization", "Bearer " + token)
                                    .header("Accept", "application/json")
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String raw(String request) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
