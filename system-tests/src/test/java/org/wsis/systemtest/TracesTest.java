package org.wsis.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wsis.localstack.LocalStack;
import org.wsis.testkit.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local stack's trace server shows a request crossing the platform: the portal, the service that
 * answers, the event it publishes on Kafka and the services that consume it, all in one trace, found by
 * the id the portal gives in its answer's {@code traceresponse} header. Traces start at the portal: a
 * caller's own {@code traceparent} is not continued.
 */
class TracesTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static LocalStack stack;

    @BeforeAll
    static void start() {
        stack = RunningPlatform.stack();
    }

    @Test
    void aSubmissionsTraceCrossesThePortalTheServiceKafkaAndTheConsumersAndStartsAtThePortal() throws Exception {
        String amina = stack.demoToken("amina");
        String entry = new ApiClient(stack.portalUrl())
                .post(
                        "/api/entries",
                        amina,
                        Map.of(
                                "title", "Traced project",
                                "organisation", "Ministry of Digital Economy",
                                "stakeholderType", "GOVERNMENT",
                                "country", "SN",
                                "actionLines", List.of("C4"),
                                "sdgs", List.of(4),
                                "shortDescription", "Connects rural schools with community networks.",
                                "startDate", "2024-09-01"))
                .text("id");
        String callersTrace = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));

        HttpResponse<String> submitted = post(
                "/api/entries/" + entry + "/submit", amina, "", "00-" + callersTrace + "-" + "1".repeat(16) + "-01");

        assertThat(submitted.statusCode()).isEqualTo(200);
        String traceId = traceOf(submitted);
        assertThat(traceId).as("the caller's trace is not continued").isNotEqualTo(callersTrace);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(services(trace(traceId)))
                        .contains("portal", "submission-service", "moderation-service", "notification-service"));
        JsonNode spans = trace(traceId);
        assertThat(parentOf(spans, "submission-service: http post /api/entries/{id}/submit"))
                .isEqualTo("portal: http post /api/**");
        assertThat(parentOf(spans, "moderation-service: wsis.entry.v1 process"))
                .isEqualTo("submission-service: outbox publish org.wsis.entry.entrysubmitted");
        assertThat(names(spans))
                .as("the security filter chain's steps are not traced")
                .noneMatch(name -> name.contains("security filterchain"));
        assertThat(trace(callersTrace))
                .as("nothing under the caller's trace id")
                .isEmpty();
    }

    @Test
    void aVotesTraceShowsThePortalThePrizeServiceThePublishedBallotAndItsConsumers() throws Exception {
        String nominee = PlatformActions.editionInItsVote(stack, 2036, 9, "Traced vote project");

        HttpResponse<String> vote = post(
                "/api/prizes/editions/2036/votes",
                stack.demoToken("victor"),
                "{\"category\":9,\"nominationId\":\"" + nominee + "\"}",
                null);

        assertThat(vote.statusCode()).isEqualTo(202);
        String traceId = traceOf(vote);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(names(trace(traceId)))
                        .contains(
                                "portal: http post /api/**",
                                "prize-service: http post /api/prizes/editions/{year}/votes",
                                "prize-service: outbox publish org.wsis.ballot.ballotcast",
                                "prize-service: prize-tally receive",
                                "notification-service: notification-voters receive"));
        JsonNode spans = trace(traceId);
        assertThat(parentOf(spans, "prize-service: http post /api/prizes/editions/{year}/votes"))
                .as("the portal hands its own span to the service")
                .isEqualTo("portal: http post /api/**");
        assertThat(parentOf(spans, "prize-service: prize-tally receive"))
                .isEqualTo("prize-service: outbox publish org.wsis.ballot.ballotcast");
        assertThat(parentOf(spans, "notification-service: notification-voters receive"))
                .isEqualTo("prize-service: outbox publish org.wsis.ballot.ballotcast");
    }

    private static HttpResponse<String> post(String path, String token, String json, String traceparent)
            throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(stack.portalUrl() + path)).header("Authorization", "Bearer " + token);
        if (json.isEmpty()) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The trace id of the portal's {@code traceresponse} header: {@code 00-<trace id>-<span id>-01}. */
    private static String traceOf(HttpResponse<?> answer) {
        String header = answer.headers().firstValue("traceresponse").orElseThrow();
        assertThat(header).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        return header.split("-")[1];
    }

    private static JsonNode trace(String traceId) throws Exception {
        String api = stack.tracesApi().orElseThrow();
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(api + "/trace/" + traceId)).build(),
                HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() == 200 ? JSON.readTree(answer.body()) : JSON.createArrayNode();
    }

    private static Set<String> services(JsonNode spans) {
        Set<String> services = new TreeSet<>();
        spans.forEach(span ->
                services.add(span.path("localEndpoint").path("serviceName").asString()));
        return services;
    }

    /** Each span as "service: name". */
    private static Set<String> names(JsonNode spans) {
        Set<String> names = new TreeSet<>();
        spans.forEach(span -> names.add(name(span)));
        return names;
    }

    private static String name(JsonNode span) {
        return span.path("localEndpoint").path("serviceName").asString() + ": "
                + span.path("name").asString();
    }

    private static String parentOf(JsonNode spans, String child) {
        String parentId = "";
        for (JsonNode span : spans) {
            if (name(span).equals(child)) {
                parentId = span.path("parentId").asString();
            }
        }
        for (JsonNode span : spans) {
            if (span.path("id").asString().equals(parentId)) {
                return name(span);
            }
        }
        return "no parent in the trace";
    }
}
