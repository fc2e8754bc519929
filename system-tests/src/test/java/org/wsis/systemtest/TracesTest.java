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
 * answers, the event it publishes on Kafka and the services that consume it, all in one trace.
 */
class TracesTest {

    private static LocalStack stack;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        stack = RunningPlatform.stack();
    }

    @Test
    void aSubmissionsTraceCrossesThePortalTheServiceKafkaAndTheConsumers() throws Exception {
        String traceId = newTraceId();
        ApiClient api = new ApiClient(stack.portalUrl()).withHeader("traceparent", traceparent(traceId));

        String entry = PlatformActions.submittedEntry(api, stack.demoToken("amina"), "Traced project", "C4");

        assertThat(entry).isNotBlank();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(servicesIn(trace(traceId)))
                        .contains("portal", "submission-service", "moderation-service", "notification-service"));
        JsonNode spans = trace(traceId);
        assertThat(parentOf(spans, "moderation-service: wsis.entry.v1 process"))
                .isEqualTo("submission-service: outbox publish org.wsis.entry.entrysubmitted");
        assertThat(spanNames(spans))
                .as("the security filter chain's steps are not traced")
                .noneMatch(name -> name.contains("security filterchain"));
    }

    @Test
    void aVotesTraceShowsThePortalThePrizeServiceThePublishedBallotAndItsConsumers() throws Exception {
        String nominee = PlatformActions.editionInItsVote(stack, 2034, 9, "Traced vote project");
        String traceId = newTraceId();
        ApiClient api = new ApiClient(stack.portalUrl()).withHeader("traceparent", traceparent(traceId));

        ApiClient.Response vote = api.post(
                "/api/prizes/editions/2034/votes",
                stack.demoToken("victor"),
                Map.of("category", 9, "nominationId", nominee));

        assertThat(vote.status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(spanNames(trace(traceId)))
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

    private static String newTraceId() {
        return HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    }

    private static String traceparent(String traceId) {
        return "00-" + traceId + "-" + traceId.substring(0, 16) + "-01";
    }

    /** Each span as "service: name". */
    private static Set<String> spanNames(JsonNode spans) {
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

    private static JsonNode trace(String traceId) throws Exception {
        String api = stack.tracesApi().orElseThrow();
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(api + "/trace/" + traceId)).build(),
                HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() == 200
                ? JsonMapper.builder().build().readTree(answer.body())
                : JsonMapper.builder().build().createArrayNode();
    }

    private static Set<String> servicesIn(JsonNode spans) {
        Set<String> services = new TreeSet<>();
        spans.forEach(span ->
                services.add(span.path("localEndpoint").path("serviceName").asString()));
        return services;
    }
}
