package org.wsis.servicekit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wsis.testkit.PlatformIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A service's OpenAPI document tells a client how every operation refuses, and what each code means. */
@PlatformIntegrationTest
class ProblemDocumentationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void everyOperationDocumentsItsRefusalsAsProblemDetailsWithTheirCodes() throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(answer.body());

        JsonNode problem = document.path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").propertyNames()).contains("type", "title", "status", "detail", "errors");
        assertThat(problem.path("description").asString())
                .contains("urn:wsis:problem:<code>", "`validation`", "`stale-version`", "`unavailable`");

        JsonNode refused =
                document.path("paths").path("/api/samples/things").path("post").path("responses");
        assertThat(refused.path("default")
                        .path("content")
                        .path("application/problem+json")
                        .path("schema")
                        .path("$ref")
                        .asString())
                .isEqualTo("#/components/schemas/Problem");
        for (JsonNode path : document.path("paths")) {
            for (JsonNode operation : path) {
                assertThat(operation.path("responses").has("default")).isTrue();
            }
        }
    }
}
