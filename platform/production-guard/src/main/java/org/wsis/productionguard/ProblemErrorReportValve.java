package org.wsis.productionguard;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error answer, for the requests it refuses before the application sees them (an
 * encoded {@code /} or a NUL in the path, a malformed request line): RFC 9457 problem details like
 * every other refusal of the platform, instead of Tomcat's HTML page; a browser asking for HTML gets a
 * plain page leading back home. Installed on every application by
 * {@link TomcatProblemErrors}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    /** A client that asks for HTML before JSON (a browser); API clients get problem details. */
    static boolean wantsHtml(Request request) {
        String accept = request.getHeader("Accept");
        if (accept == null) {
            return false;
        }
        int html = accept.indexOf("text/html");
        int json = accept.indexOf("json");
        return html >= 0 && (json < 0 || html < json);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean writable = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String type = status == 400 ? "malformed-request" : "http-" + status;
        try {
            Writer writer;
            if (wantsHtml(request)) {
                // A person's browser: a page that says what happened and leads back home.
                response.setContentType("text/html");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                writer = response.getReporter();
                if (writer != null) {
                    writer.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status
                            + " " + title + "</title></head><body><main><h1>" + title + "</h1>"
                            + "<p>This address could not be read. Check it, or go back to the "
                            + "<a href=\"/\">home page</a>.</p></main></body></html>");
                }
            } else {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                writer = response.getReporter();
                if (writer != null) {
                    writer.write("{\"type\":\"urn:wsis:problem:" + type + "\",\"title\":\"" + title
                            + "\",\"status\":" + status
                            + ",\"detail\":\"The request could not be read: check its path and headers.\"}");
                }
            }
            if (writer != null) {
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone; nothing more to tell.
        }
    }
}
