package org.wsis.portal.backend;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.wsis.portal.PortalProperties;
import org.wsis.portal.TraceHeaders;
import org.wsis.portal.security.UserTokens;
import tools.jackson.databind.json.JsonMapper;

/**
 * The services as the pages read and change them: JSON over HTTP with the signed-in person's token.
 * A refusal comes back as a {@link BackendProblem} carrying the service's problem details, so a page
 * can show each field's error next to the field.
 */
@Component
public class Backend {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() {};

    /** The services. */
    public enum Service {
        SUBMISSION,
        MODERATION,
        PRIZE,
        NOTIFICATION,
        CONVENING,
        COMMUNITY
    }

    private final Map<Service, URI> urls;
    private final UserTokens tokens;
    private final RestClient http;

    public Backend(PortalProperties properties, UserTokens tokens, TraceHeaders traces) {
        PortalProperties.Services s = properties.services();
        this.urls = Map.of(
                Service.SUBMISSION, s.submission(),
                Service.MODERATION, s.moderation(),
                Service.PRIZE, s.prize(),
                Service.NOTIFICATION, s.notification(),
                Service.CONVENING, s.convening(),
                Service.COMMUNITY, s.community());
        this.tokens = tokens;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory();
        requests.setReadTimeout(Duration.ofSeconds(20));
        this.http = RestClient.builder()
                .requestFactory(requests)
                .requestInterceptor((request, body, execution) -> {
                    traces.addTo(request.getHeaders()::set);
                    return execution.execute(request, body);
                })
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    byte[] body = response.getBody().readAllBytes();
                    throw new BackendProblem(response.getStatusCode().value(), problem(body));
                })
                .build();
    }

    public Map<String, Object> get(Service service, String path, @Nullable MultiValueMap<String, String> query) {
        return call(service, HttpMethod.GET, path, query, null).retrieve().body(OBJECT);
    }

    public List<Map<String, Object>> list(Service service, String path, @Nullable MultiValueMap<String, String> query) {
        return call(service, HttpMethod.GET, path, query, null).retrieve().body(LIST);
    }

    /** An answer that is a list or absent (404) while a phase has not come yet. */
    public Optional<List<Map<String, Object>>> listIfPresent(
            Service service, String path, @Nullable MultiValueMap<String, String> query) {
        try {
            return Optional.ofNullable(list(service, path, query));
        } catch (BackendProblem p) {
            if (p.status() == 404) {
                return Optional.empty();
            }
            throw p;
        }
    }

    public @Nullable Map<String, Object> send(HttpMethod method, Service service, String path, @Nullable Object body) {
        return call(service, method, path, null, body).retrieve().body(OBJECT);
    }

    /** A write whose body is {@code bytes} as they are (a picture, a document), typed {@code contentType}. */
    public @Nullable Map<String, Object> sendBytes(
            HttpMethod method,
            Service service,
            String path,
            @Nullable MultiValueMap<String, String> query,
            byte[] bytes,
            MediaType contentType) {
        return call(service, method, path, query, null)
                .contentType(contentType)
                .body(bytes)
                .retrieve()
                .body(OBJECT);
    }

    /** A write that names the version the person saw ({@code If-Match}); a stale one is refused with 409. */
    public @Nullable Map<String, Object> sendIfMatch(
            HttpMethod method, Service service, String path, @Nullable Object body, long version) {
        return call(service, method, path, null, body)
                .header("If-Match", "\"" + version + "\"")
                .retrieve()
                .body(OBJECT);
    }

    private RestClient.RequestBodySpec call(
            Service service,
            HttpMethod method,
            String path,
            @Nullable MultiValueMap<String, String> query,
            @Nullable Object body) {
        // Built, then encoded: what people typed ({"$gt":1} in a search, an id with braces) is data to
        // encode, never a URI template to expand.
        URI uri = UriComponentsBuilder.fromUri(urls.get(service))
                .path(path)
                .queryParams(query)
                .build()
                .encode()
                .toUri();
        RestClient.RequestBodySpec request =
                http.method(method).uri(uri).accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
        currentToken().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        currentRequest().ifPresent(r -> request.header("X-Forwarded-For", r.getRemoteAddr()));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request;
    }

    private Optional<String> currentToken() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        HttpServletResponse response = attributes.getResponse();
        if (response == null) {
            return Optional.empty();
        }
        return tokens.accessToken(
                SecurityContextHolder.getContext().getAuthentication(), attributes.getRequest(), response);
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest())
                : Optional.empty();
    }

    private static Map<String, Object> problem(byte[] body) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> problem = JSON.readValue(body, Map.class);
            return problem;
        } catch (RuntimeException notJson) {
            return Map.of();
        }
    }
}
