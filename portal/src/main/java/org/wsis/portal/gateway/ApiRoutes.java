package org.wsis.portal.gateway;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.wsis.portal.PortalProperties;

/** Which service owns which API path. */
@Component
public class ApiRoutes {

    private final Map<String, URI> byPrefix = new LinkedHashMap<>();

    public ApiRoutes(PortalProperties properties) {
        PortalProperties.Services services = properties.services();
        byPrefix.put("/api/entries", services.submission());
        byPrefix.put("/api/reference", services.submission());
        byPrefix.put("/api/moderation", services.moderation());
        byPrefix.put("/api/prizes", services.prize());
        byPrefix.put("/api/notifications", services.notification());
        byPrefix.put("/api/convening", services.convening());
        byPrefix.put("/api/community", services.community());
    }

    /** The service answering {@code path}, matched on whole path segments. */
    public Optional<URI> serviceFor(String path) {
        if (path.contains("..") || path.contains("//")) {
            return Optional.empty();
        }
        return byPrefix.entrySet().stream()
                .filter(route -> path.equals(route.getKey()) || path.startsWith(route.getKey() + "/"))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
