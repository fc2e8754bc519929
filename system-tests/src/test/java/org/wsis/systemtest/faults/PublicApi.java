package org.wsis.systemtest.faults;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public HTTP API as the services document it ({@code /v3/api-docs} of each), called through the
 * portal, the platform's one public origin.
 */
final class PublicApi {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> SERVICES = List.of(
            "submission-service",
            "moderation-service",
            "prize-service",
            "notification-service",
            "convening-service",
            "community-service");

    /** One documented operation. */
    record Operation(
            String method,
            String path,
            List<JsonNode> parameters,
            @Nullable JsonNode body,
            JsonNode components) {

        String key() {
            return method + " " + path;
        }

        /** The schema, with a {@code $ref} followed into the document's components. */
        JsonNode resolve(JsonNode schema) {
            JsonNode ref = schema.path("$ref");
            if (ref.isString()) {
                String name = ref.asString().substring("#/components/schemas/".length());
                return resolve(components.path("schemas").path(name));
            }
            return schema;
        }
    }

    /** A request to send and what came back. */
    record Answer(int status, String contentType, String body) {}

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final FaultyPlatform platform;

    PublicApi(FaultyPlatform platform) {
        this.platform = platform;
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (String service : SERVICES) {
            JsonNode doc =
                    JSON.readTree(send("GET", platform.stack.serviceUrl(service) + "/v3/api-docs", null, null, null)
                            .body());
            for (var path : doc.path("paths").properties()) {
                for (var method : path.getValue().properties()) {
                    JsonNode op = method.getValue();
                    List<JsonNode> parameters = new ArrayList<>();
                    op.path("parameters").forEach(parameters::add);
                    JsonNode body = op.path("requestBody")
                            .path("content")
                            .path("application/json")
                            .path("schema");
                    operations.add(new Operation(
                            method.getKey().toUpperCase(java.util.Locale.ROOT),
                            path.getKey(),
                            parameters,
                            body.isMissingNode() ? null : body,
                            doc.path("components")));
                }
            }
        }
        return operations;
    }

    /** Calls the portal's {@code pathAndQuery} with a JSON body (or none) and a bearer token (or none). */
    Answer call(String method, String pathAndQuery, @Nullable String token, @Nullable String body) {
        return send(method, platform.stack.portalUrl() + pathAndQuery, token, body, "application/json");
    }

    Answer send(
            String method, String url, @Nullable String token, @Nullable String body, @Nullable String contentType) {
        return send(method, url, token, body, contentType, Map.of());
    }

    /** As {@link #send(String, String, String, String, String)}, with more headers (replacing any set). */
    Answer send(
            String method,
            String url,
            @Nullable String token,
            @Nullable String body,
            @Nullable String contentType,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null && body != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::setHeader);
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    answer.statusCode(),
                    answer.headers().firstValue("Content-Type").orElse(""),
                    answer.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(method + " " + url + " got no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The path with its parameters filled in (values URL-encoded), plus a query string. */
    static String fill(String path, Map<String, String> pathValues, Map<String, String> query) {
        String filled = path;
        for (var value : pathValues.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", encode(value.getValue()));
        }
        if (query.isEmpty()) {
            return filled;
        }
        return filled + "?"
                + query.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
