package org.wsis.systemtest.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad input at every documented endpoint, generated from the services' OpenAPI documents and sent
 * through the portal by an account that holds every role: malformed, wrong-type, oversized and
 * injection-shaped bodies, path and query parameters. Never a 5xx; a 4xx with problem details wherever
 * the input cannot be valid; and nothing the platform shows has changed afterwards.
 */
class BadInputTest {

    private static final List<String> INJECTIONS = List.of(
            "../../../../etc/passwd",
            "' OR '1'='1",
            "{\"$gt\":\"\"}",
            "<script>alert(1)</script>",
            "\u0000",
            "${jndi:ldap://example.org/a}");
    private static final String LONG = "a".repeat(5000);

    /** One request to send: what it is (for the report), and whether it can only be refused. */
    record Probe(
            String what,
            String method,
            String pathAndQuery,
            @Nullable String body,
            String contentType,
            boolean mustRefuse) {}

    @Test
    void noBadInputGetsA5xxAndInputThatCannotBeValidIsRefusedWithProblemDetailsChangingNothing() {
        FaultyPlatform platform = FaultyPlatform.get();
        VotingScene.get();
        PublicApi api = new PublicApi(platform);
        platform.stack.addAccounts(List.of("fuzzer"), List.of("moderator", "expert", "admin"));
        String token = platform.token("fuzzer");
        Map<String, String> before = settledSnapshot(api, token);

        List<PublicApi.Operation> operations = api.operations();
        assertThat(operations).hasSizeGreaterThan(40);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (PublicApi.Operation operation : operations) {
            for (Probe probe : probes(operation)) {
                PublicApi.Answer answer = api.send(
                        probe.method(),
                        platform.stack.portalUrl() + probe.pathAndQuery(),
                        platform.token("fuzzer"),
                        probe.body(),
                        probe.contentType());
                sent++;
                String seen = operation.key() + " " + probe.what() + " -> " + answer.status();
                if (answer.status() >= 500) {
                    failures.add(seen + " " + abbreviate(answer.body()));
                } else if (probe.mustRefuse() && (answer.status() < 400)) {
                    failures.add(seen + " (accepted)");
                } else if (answer.status() >= 400
                        && !answer.contentType().startsWith("application/problem+json")
                        && !operation.path().startsWith("/api/notifications/unsubscribe")) {
                    failures.add(seen + " without problem details: " + answer.contentType());
                }
            }
        }
        assertThat(failures).as("of %d requests", sent).isEmpty();
        assertThat(sent).isGreaterThan(500);
        assertThat(snapshot(api, token)).isEqualTo(before);
    }

    /**
     * The snapshot once the platform is at rest: work of the tests before (tallies counting a burst,
     * mail going out) must not pass for a change made by bad input.
     */
    private static Map<String, String> settledSnapshot(PublicApi api, String token) {
        AtomicReference<Map<String, String>> last = new AtomicReference<>(snapshot(api, token));
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(3))
                .until(() -> {
                    Map<String, String> now = snapshot(api, token);
                    return now.equals(last.getAndSet(now));
                });
        return last.get();
    }

    /** What the fuzzing account and everyone else can see that bad input could have changed. */
    private static Map<String, String> snapshot(PublicApi api, String token) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String path : List.of(
                "/api/entries?mine=true&size=100",
                "/api/entries/statistics",
                "/api/moderation/items?size=100",
                "/api/moderation/my-items",
                "/api/prizes/editions",
                "/api/prizes/editions/" + VotingScene.YEAR + "/votes/mine",
                "/api/prizes/editions/" + VotingScene.YEAR + "/nominations",
                "/api/prizes/editions/" + VotingScene.YEAR + "/ballot-review",
                "/api/notifications/preferences",
                "/api/notifications/broadcasts")) {
            PublicApi.Answer answer = api.call("GET", path, token, null);
            assertThat(answer.status()).as(path).isEqualTo(200);
            seen.put(path, answer.body());
        }
        return seen;
    }

    private static List<Probe> probes(PublicApi.Operation operation) {
        List<Probe> probes = new ArrayList<>();
        Map<String, String> path = new LinkedHashMap<>();
        List<JsonNode> query = new ArrayList<>();
        for (JsonNode parameter : operation.parameters()) {
            switch (parameter.path("in").asString()) {
                case "path" -> path.put(parameter.path("name").asString(), baseline(operation, parameter));
                case "query" -> query.add(parameter);
                default -> {
                    // Headers (If-Match) are left out.
                }
            }
        }
        boolean write = !operation.method().equals("GET");
        String validPath = PublicApi.fill(operation.path(), path, Map.of());
        // Path parameters: the wrong type for numbers, injection shapes and 5,000 characters for text.
        for (var name : path.keySet()) {
            JsonNode parameter = operation.parameters().stream()
                    .filter(p -> p.path("name").asString().equals(name))
                    .findFirst()
                    .orElseThrow();
            for (Bad bad : badValues(operation.resolve(parameter.path("schema")))) {
                Map<String, String> values = new LinkedHashMap<>(path);
                values.put(name, bad.value());
                probes.add(new Probe(
                        "path " + name + "=" + abbreviate(bad.value()),
                        operation.method(),
                        PublicApi.fill(operation.path(), values, Map.of()),
                        write ? "{}" : null,
                        "application/json",
                        bad.mustRefuse() || write));
            }
        }
        // Query parameters, one at a time.
        for (JsonNode parameter : query) {
            for (Bad bad : badValues(operation.resolve(parameter.path("schema")))) {
                probes.add(new Probe(
                        "query " + parameter.path("name").asString() + "=" + abbreviate(bad.value()),
                        operation.method(),
                        PublicApi.fill(
                                operation.path(),
                                path,
                                Map.of(parameter.path("name").asString(), bad.value())),
                        write && operation.body() != null ? "{}" : null,
                        "application/json",
                        bad.mustRefuse() || write));
            }
        }
        if (operation.body() != null) {
            for (String malformed :
                    List.of("{\"a\":", "[]", "\"text\"", "42", "null", "{\"$where\":\"sleep(1000)\"}")) {
                probes.add(new Probe(
                        "body " + malformed, operation.method(), validPath, malformed, "application/json", true));
            }
            probes.add(new Probe("body as text/plain", operation.method(), validPath, "{}", "text/plain", true));
            probes.add(new Probe(
                    "body of 2 MiB",
                    operation.method(),
                    validPath,
                    "{\"x\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}",
                    "application/json",
                    true));
            JsonNode schema = operation.resolve(operation.body());
            for (var property : schema.path("properties").properties()) {
                JsonNode type = operation.resolve(property.getValue());
                for (JsonNode wrong : wrongTypes(type)) {
                    ObjectNode body = PublicApi.JSON.createObjectNode();
                    body.set(property.getKey(), wrong);
                    probes.add(new Probe(
                            "body " + abbreviate(body.toString()),
                            operation.method(),
                            validPath,
                            body.toString(),
                            "application/json",
                            true));
                }
            }
        } else if (write) {
            // No body documented: the operation must still refuse a made-up id and an unexpected body.
            probes.add(new Probe(
                    "unexpected body",
                    operation.method(),
                    validPath,
                    "{\"$set\":{\"status\":\"PUBLISHED\"}}",
                    "application/json",
                    true));
        }
        return probes;
    }

    /** A path value that names nothing that exists. */
    private static String baseline(PublicApi.Operation operation, JsonNode parameter) {
        String type = operation.resolve(parameter.path("schema")).path("type").asString();
        return switch (type) {
            case "integer" -> parameter.path("name").asString().equals("year") ? "1999" : "1";
            default -> "no-such-" + parameter.path("name").asString();
        };
    }

    record Bad(String value, boolean mustRefuse) {}

    private static List<Bad> badValues(JsonNode schema) {
        String type = schema.path("type").asString();
        List<Bad> bad = new ArrayList<>();
        switch (type) {
            case "integer", "number" -> {
                for (String v : List.of("abc", "99999999999999999999", "1.5e300", "-1 OR 1=1")) {
                    bad.add(new Bad(v, true));
                }
                bad.add(new Bad("-1", false));
            }
            case "boolean" -> bad.add(new Bad("maybe", true));
            case "array" -> bad.addAll(badValues(schema.path("items")));
            default -> {
                // Free text may legitimately match nothing (200); it must never break anything.
                for (String v : INJECTIONS) {
                    bad.add(new Bad(v, false));
                }
                bad.add(new Bad(LONG, false));
            }
        }
        return bad;
    }

    private static List<JsonNode> wrongTypes(JsonNode schema) {
        var json = PublicApi.JSON;
        ObjectNode operator = json.createObjectNode().put("$gt", "");
        String type = schema.path("type").asString();
        List<JsonNode> wrong = new ArrayList<>();
        switch (type) {
            case "string" -> {
                wrong.add(operator);
                wrong.add(json.createArrayNode().add("x"));
                int max = schema.path("maxLength").asInt(0);
                if (max > 0) {
                    wrong.add(json.getNodeFactory().stringNode("a".repeat(max + 1)));
                }
            }
            case "integer", "number" -> {
                wrong.add(json.getNodeFactory().stringNode("abc"));
                wrong.add(operator);
                wrong.add(json.getNodeFactory().numberNode(new java.math.BigInteger("99999999999999999999")));
            }
            case "boolean" -> wrong.add(json.getNodeFactory().stringNode("maybe"));
            case "array" -> {
                wrong.add(json.getNodeFactory().stringNode("x"));
                wrong.add(operator);
            }
            default -> {
                wrong.add(json.createArrayNode());
                wrong.add(json.getNodeFactory().stringNode("x"));
            }
        }
        return wrong;
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
