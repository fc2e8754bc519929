package org.wsis.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/** Talks to a service's HTTP API as a client application would: JSON in, status and JSON out. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final java.util.Map<String, String> headers;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ApiClient(String baseUrl) {
        this(baseUrl, java.util.Map.of());
    }

    private ApiClient(String baseUrl, java.util.Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.headers = headers;
    }

    /** The same client sending one more header with every request (e.g. {@code traceparent}). */
    public ApiClient withHeader(String name, String value) {
        var more = new java.util.HashMap<>(headers);
        more.put(name, value);
        return new ApiClient(baseUrl, java.util.Map.copyOf(more));
    }

    public static ApiClient onPort(int port) {
        return new ApiClient("http://localhost:" + port);
    }

    /** An answer: status, ETag and the body parsed as JSON (a null node when empty). */
    public record Response(int status, Optional<String> etag, JsonNode body, String contentType) {
        public String text(String field) {
            return body.path(field).asString();
        }
    }

    /** A non-JSON answer (CSV, Prometheus text): status, content type and the body as text. */
    public record Text(int status, String contentType, String body) {}

    public Text getText(String path, @Nullable String token) {
        HttpRequest.Builder builder =
                request(path, token).setHeader("Accept", "*/*").GET();
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Text(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call to " + baseUrl + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response get(String path, @Nullable String token) {
        return send(request(path, token).GET());
    }

    public Response post(String path, @Nullable String token, @Nullable Object body) {
        return send(request(path, token).POST(publisher(body)));
    }

    public Response post(String path, @Nullable String token, @Nullable Object body, String ifMatch) {
        return send(request(path, token).header("If-Match", ifMatch).POST(publisher(body)));
    }

    public Response put(String path, @Nullable String token, Object body, @Nullable String ifMatch) {
        HttpRequest.Builder builder = request(path, token).PUT(publisher(body));
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder);
    }

    /** A PUT whose body is {@code bytes} as they are (an image, a document), with the {@code Content-Type} given. */
    public Response putBytes(String path, @Nullable String token, byte[] bytes, String contentType) {
        HttpRequest request = request(path, token)
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("ETag"),
                    text == null || text.isBlank() ? NullNode.getInstance() : JSON.readTree(text),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call to " + baseUrl + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A binary answer: status, its headers and its bytes. */
    public record Bytes(int status, java.net.http.HttpHeaders headers, byte[] body) {}

    public Bytes getBytes(String path, @Nullable String token) {
        HttpRequest request =
                request(path, token).setHeader("Accept", "*/*").GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Bytes(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call to " + baseUrl + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response delete(String path, @Nullable String token) {
        return send(request(path, token).DELETE());
    }

    private HttpRequest.Builder request(String path, @Nullable String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private static HttpRequest.BodyPublisher publisher(@Nullable Object body) {
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        return HttpRequest.BodyPublishers.ofString(text);
    }

    private Response send(HttpRequest.Builder builder) {
        builder.header("Content-Type", "application/json");
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode body = text == null || text.isBlank() ? NullNode.getInstance() : JSON.readTree(text);
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("ETag"),
                    body,
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call to " + baseUrl + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
