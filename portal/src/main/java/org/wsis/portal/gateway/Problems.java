package org.wsis.portal.gateway;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;

/** RFC 9457 problem details written by the portal itself, shaped like the services' own. */
public final class Problems {

    private Problems() {}

    public static void write(HttpServletResponse response, HttpStatus status, String type, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"urn:wsis:problem:" + type + "\",\"title\":\""
                        + status.getReasonPhrase() + "\",\"status\":" + status.value() + ",\"detail\":\""
                        + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
