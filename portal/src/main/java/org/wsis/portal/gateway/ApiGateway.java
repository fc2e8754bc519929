package org.wsis.portal.gateway;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.portal.TraceHeaders;
import org.wsis.portal.security.UserTokens;

/**
 * The single public origin for the API: {@code /api/**} goes to the service that owns the path, with
 * the caller's bearer token, or, for a signed-in browser, the token of their session. Answers come
 * back as the service gave them (status, problem details, ETag, Location made relative). A service
 * that does not answer is a 503 problem with {@code Retry-After}; nothing else is added or hidden. The
 * call carries the portal's trace context ({@link TraceHeaders}), so a request's trace spans the portal
 * and the service.
 */
@RestController
public class ApiGateway {

    private static final Logger log = LoggerFactory.getLogger(ApiGateway.class);

    /** Bodies larger than this are refused here (413) before reaching a service. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private static final List<String> REQUEST_HEADERS = List.of(
            HttpHeaders.ACCEPT,
            HttpHeaders.ACCEPT_LANGUAGE,
            HttpHeaders.CONTENT_TYPE,
            HttpHeaders.IF_MATCH,
            HttpHeaders.IF_NONE_MATCH);

    private static final Set<String> RESPONSE_HEADERS = Set.of(
            "content-type",
            "etag",
            "content-disposition",
            "cache-control",
            "www-authenticate",
            "retry-after",
            "traceparent");

    private final ApiRoutes routes;
    private final UserTokens tokens;
    private final TraceHeaders traces;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public ApiGateway(ApiRoutes routes, UserTokens tokens, TraceHeaders traces) {
        this.routes = routes;
        this.tokens = tokens;
        this.traces = traces;
    }

    @RequestMapping("/api/**")
    public void relay(HttpServletRequest request, HttpServletResponse response, @Nullable Authentication user)
            throws IOException {
        String path = request.getRequestURI();
        Optional<URI> service = routes.serviceFor(path);
        if (service.isEmpty()) {
            Problems.write(response, HttpStatus.NOT_FOUND, "not-found", "No API answers at " + path + ".");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            Problems.write(
                    response,
                    HttpStatus.CONTENT_TOO_LARGE,
                    "payload-too-large",
                    "A request body may have at most " + MAX_BODY_BYTES + " bytes.");
            return;
        }
        String query = request.getQueryString();
        URI target = service.get().resolve(path + (query == null ? "" : "?" + query));
        HttpRequest.Builder forward = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(60))
                .method(
                        request.getMethod(),
                        body.length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String name : REQUEST_HEADERS) {
            String value = request.getHeader(name);
            if (value != null) {
                forward.header(name, value);
            }
        }
        traces.addTo(forward::header);
        forward.header("X-Forwarded-For", request.getRemoteAddr());
        forward.header("X-Forwarded-Proto", request.getScheme());
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            forward.header(HttpHeaders.AUTHORIZATION, authorization);
        } else {
            tokens.accessToken(user, request, response)
                    .ifPresent(token -> forward.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
        }
        HttpResponse<InputStream> answer;
        try {
            answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException | HttpConnectTimeoutException e) {
            unavailable(response, service.get(), e);
            return;
        } catch (HttpTimeoutException e) {
            Problems.write(
                    response, HttpStatus.GATEWAY_TIMEOUT, "timeout", "The service did not answer in time; try again.");
            return;
        } catch (IOException e) {
            unavailable(response, service.get(), e);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unavailable(response, service.get(), e);
            return;
        }
        response.setStatus(answer.statusCode());
        answer.headers().map().forEach((name, values) -> {
            if (RESPONSE_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> response.addHeader(name, v));
            }
        });
        answer.headers()
                .firstValue(HttpHeaders.LOCATION)
                .ifPresent(location -> response.setHeader(HttpHeaders.LOCATION, relative(location)));
        try (InputStream in = answer.body();
                OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private static void unavailable(HttpServletResponse response, URI service, Exception cause) throws IOException {
        log.warn("{} did not answer: {}", service, cause.toString());
        response.setHeader(HttpHeaders.RETRY_AFTER, "5");
        Problems.write(
                response,
                HttpStatus.SERVICE_UNAVAILABLE,
                "service-unavailable",
                "This part of the platform is not answering right now; nothing was changed. Try again in a moment.");
    }

    /** A service's absolute Location becomes a path on this origin. */
    static String relative(String location) {
        URI uri = URI.create(location);
        if (!uri.isAbsolute()) {
            return location;
        }
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
