package org.wsis.portal.gateway;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.portal.PortalProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each service's OpenAPI document, at the public origin: {@code /api/docs/<service>.json}. The document
 * is the service's own ({@code /v3/api-docs}), with one change: its server is this origin, so that an
 * operation tried from the documentation goes through the portal like every other API call.
 */
@RestController
public class ApiDocuments {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, URI> services = new LinkedHashMap<>();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public ApiDocuments(PortalProperties properties) {
        PortalProperties.Services s = properties.services();
        services.put("submission", s.submission());
        services.put("moderation", s.moderation());
        services.put("prize", s.prize());
        services.put("notification", s.notification());
        services.put("convening", s.convening());
        services.put("community", s.community());
    }

    /** The services that publish a document, in the order the documentation lists them. */
    public static final java.util.List<String> SERVICES =
            java.util.List.of("submission", "moderation", "prize", "notification", "convening", "community");

    @GetMapping("/api/docs/{service}.json")
    public void document(@PathVariable String service, HttpServletResponse response) throws IOException {
        URI base = services.get(service);
        if (base == null) {
            Problems.write(
                    response,
                    HttpStatus.NOT_FOUND,
                    "not-found",
                    "No API document has that name; there are " + String.join(", ", SERVICES) + ".");
            return;
        }
        HttpResponse<String> answer;
        try {
            answer = http.send(
                    HttpRequest.newBuilder(base.resolve("/v3/api-docs"))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            unavailable(response, service);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unavailable(response, service);
            return;
        }
        if (answer.statusCode() != 200) {
            unavailable(response, service);
            return;
        }
        JsonNode document;
        try {
            document = JSON.readTree(answer.body());
        } catch (RuntimeException notJson) {
            unavailable(response, service);
            return;
        }
        if (document instanceof ObjectNode object) {
            object.putArray("servers").addObject().put("url", "/").put("description", "the platform's public origin");
        }
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-cache");
        JSON.writeValue(response.getOutputStream(), document);
    }

    private static void unavailable(HttpServletResponse response, String service) throws IOException {
        response.setHeader("Retry-After", "5");
        Problems.write(
                response,
                HttpStatus.SERVICE_UNAVAILABLE,
                "unavailable",
                "The " + service + " service did not give its API document; try again shortly.");
    }
}
