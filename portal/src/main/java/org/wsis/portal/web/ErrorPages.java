package org.wsis.portal.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.wsis.portal.gateway.Problems;

/**
 * What reaches the error page (a request the security firewall refused, an error a filter sent): for the
 * API ({@code /api/**}, or a client asking for JSON) problem details like every other refusal of the
 * API; for people, the portal's error page in their language.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ErrorPages implements ErrorController {

    private final PageModel frame;

    public ErrorPages(PageModel frame) {
        this.frame = frame;
    }

    @RequestMapping
    public @Nullable String error(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model)
            throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        if (forTheApi(request)) {
            Problems.write(response, status, problem(status), detail(status));
            return null;
        }
        response.setStatus(status.value());
        model.addAttribute("user", frame.user(SecurityContextHolder.getContext().getAuthentication()));
        model.addAttribute("languages", frame.languages(request, locale));
        model.addAttribute("dir", frame.dir(locale));
        model.addAttribute("lang", frame.lang(locale));
        model.addAttribute("path", frame.path(request));
        model.addAttribute("status", status.value());
        model.addAttribute("detail", null);
        return "error";
    }

    private static boolean forTheApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith("/api/")) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return false;
        }
        try {
            var types = MediaType.parseMediaTypes(accept);
            return types.stream().noneMatch(t -> MediaType.TEXT_HTML.equalsTypeAndSubtype(t))
                    && types.stream()
                            .anyMatch(t -> !t.isWildcardType()
                                    && (t.isCompatibleWith(MediaType.APPLICATION_JSON)
                                            || t.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)));
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    private static String problem(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "malformed-request";
            case UNAUTHORIZED -> "unauthenticated";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            default -> status.is5xxServerError() ? "internal" : "http-" + status.value();
        };
    }

    private static String detail(HttpStatus status) {
        if (status == HttpStatus.BAD_REQUEST) {
            return "The request could not be read: check its path, parameters and headers.";
        }
        return status.is5xxServerError() ? "Something went wrong on our side." : status.getReasonPhrase() + ".";
    }
}
