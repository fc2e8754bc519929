package org.wsis.servicekit.problem;

import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.json.JsonMapper;

/** RFC 9457 problem details for every error a service answers, with per-field errors on validation. */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
public class ProblemDetailsAutoConfiguration {

    @Bean
    ProblemWriter problemWriter() {
        // The mixin writes a problem's extra members (such as errors) at the top level, as RFC 9457 has them.
        return new ProblemWriter(JsonMapper.builder()
                .addMixIn(ProblemDetail.class, org.springframework.http.converter.json.ProblemDetailJacksonMixin.class)
                .build());
    }

    @Bean
    ProblemHandlers problemHandlers() {
        return new ProblemHandlers();
    }

    /**
     * What reaches Spring Boot's error page (a request the security firewall rejects, an error sent by a
     * filter) is answered as problem details too, never as Boot's default JSON or HTML.
     */
    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    // A handler by its type-level mapping, registered by the bean method above only (a nested @Controller
    // would be registered a second time as a member of this configuration).
    @org.springframework.web.bind.annotation.RequestMapping("${server.error.path:${error.path:/error}}")
    public static class ProblemErrorController implements org.springframework.boot.webmvc.error.ErrorController {

        @org.springframework.web.bind.annotation.RequestMapping
        @org.springframework.web.bind.annotation.ResponseBody
        ResponseEntity<ProblemDetail> error(jakarta.servlet.http.HttpServletRequest request) {
            Object code = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE);
            HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                    ? HttpStatus.valueOf(value)
                    : HttpStatus.INTERNAL_SERVER_ERROR;
            String problem = switch (status) {
                case BAD_REQUEST -> "malformed-request";
                case UNAUTHORIZED -> "unauthenticated";
                case FORBIDDEN -> "forbidden";
                case NOT_FOUND -> "not-found";
                case METHOD_NOT_ALLOWED -> "method-not-allowed";
                default -> status.is5xxServerError() ? "internal" : "http-" + status.value();
            };
            String detail = status == HttpStatus.BAD_REQUEST
                    ? "The request could not be read: check its path, parameters and headers."
                    : status.is5xxServerError() ? "Something went wrong on our side." : status.getReasonPhrase() + ".";
            return ResponseEntity.status(status)
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.of(status, problem, detail));
        }
    }

    /** Consulted after a service's own advice, so a service's specific handlers always win. */
    @RestControllerAdvice
    @Order(Ordered.LOWEST_PRECEDENCE)
    public static class ProblemHandlers extends ResponseEntityExceptionHandler {

        private static final Logger log = LoggerFactory.getLogger(ProblemHandlers.class);

        /** When a client refused for an outage should try again. */
        static final int RETRY_AFTER_SECONDS = 5;

        @ExceptionHandler(ApiException.class)
        ResponseEntity<ProblemDetail> api(ApiException e) {
            return ResponseEntity.status(e.status()).body(Problems.of(e.status(), e.code(), e.getMessage()));
        }

        @ExceptionHandler(Refusal.class)
        ResponseEntity<ProblemDetail> refusal(Refusal e) {
            HttpStatus status = switch (e.kind()) {
                case NOT_FOUND -> HttpStatus.NOT_FOUND;
                case NOT_PERMITTED -> HttpStatus.FORBIDDEN;
                case CONFLICT -> HttpStatus.CONFLICT;
                case INVALID -> HttpStatus.BAD_REQUEST;
            };
            return ResponseEntity.status(status).body(Problems.of(status, e.code(), e.getMessage()));
        }

        /** A rule's refusal: a conflict with the state (409), or too many attempts for now (429). */
        @ExceptionHandler(RuleViolation.class)
        ResponseEntity<ProblemDetail> refused(RuleViolation e) {
            if (e instanceof RetryLater later) {
                return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                        .header(
                                HttpHeaders.RETRY_AFTER,
                                String.valueOf(later.retryAfter().toSeconds()))
                        .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, e.code(), e.getMessage()));
            }
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(Problems.of(HttpStatus.CONFLICT, e.code(), e.getMessage()));
        }

        @ExceptionHandler(OptimisticLockingFailureException.class)
        ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException e) {
            ApiException stale = ApiException.staleVersion();
            return api(stale);
        }

        /**
         * The database (or the broker) cannot be reached right now: an outage or an election, which ends
         * by itself. The client is told to come back rather than that something broke.
         */
        @ExceptionHandler({
            org.springframework.dao.DataAccessResourceFailureException.class,
            org.springframework.dao.TransientDataAccessException.class,
            com.mongodb.MongoSocketException.class,
            com.mongodb.MongoTimeoutException.class
        })
        ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
            log.warn("Answering 503: a dependency is unavailable: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                    .body(Problems.of(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "unavailable",
                            "The service cannot reach its database right now; nothing was changed. Try again in a"
                                    + " few seconds."));
        }

        @ExceptionHandler(AuthenticationException.class)
        ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .body(Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "A valid bearer token is required."));
        }

        @ExceptionHandler(AccessDeniedException.class)
        ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
            return api(ApiException.forbidden("Your account may not do this."));
        }

        /** Constraints on query parameters and path variables of a {@code @Validated} controller. */
        @ExceptionHandler(ConstraintViolationException.class)
        ResponseEntity<ProblemDetail> invalidParameters(ConstraintViolationException e) {
            List<Map<String, String>> errors = e.getConstraintViolations().stream()
                    .map(v -> Map.of("field", fieldOf(v.getPropertyPath()), "message", v.getMessage()))
                    .sorted(Comparator.comparing((Map<String, String> m) -> m.get("field")))
                    .toList();
            return ResponseEntity.badRequest().body(validation(errors));
        }

        /** Constraints on parameters checked by Spring MVC's own method validation. */
        @Override
        protected ResponseEntity<Object> handleHandlerMethodValidationException(
                HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
            List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                    .flatMap(result -> result.getResolvableErrors().stream()
                            .map(error -> Map.of(
                                    "field",
                                    String.valueOf(result.getMethodParameter().getParameterName()),
                                    "message",
                                    String.valueOf(error.getDefaultMessage()))))
                    .sorted(Comparator.comparing((Map<String, String> m) -> m.get("field")))
                    .toList();
            return ResponseEntity.badRequest().body(validation(errors));
        }

        private static ProblemDetail validation(List<Map<String, String>> errors) {
            ProblemDetail problem = Problems.of(
                    HttpStatus.BAD_REQUEST, "validation", "Some fields are missing or invalid; see errors.");
            problem.setProperty("errors", errors);
            return problem;
        }

        /**
         * The request's name for what broke: the parameter, then properties and element indexes below it
         * ({@code actionLine[1]}, {@code impact.social}); the method's own name is left out.
         */
        static String fieldOf(jakarta.validation.Path path) {
            StringBuilder field = new StringBuilder();
            for (jakarta.validation.Path.Node node : path) {
                switch (node.getKind()) {
                    case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER, BEAN -> {}
                    case CONTAINER_ELEMENT -> {
                        if (node.getIndex() != null) {
                            field.append('[').append(node.getIndex()).append(']');
                        }
                    }
                    default -> {
                        if (node.getIndex() != null && field.length() > 0) {
                            field.append('[').append(node.getIndex()).append(']');
                        }
                        if (node.getName() != null) {
                            field.append(field.length() > 0 ? "." : "").append(node.getName());
                        }
                    }
                }
            }
            return field.length() == 0 ? lastNode(path.toString()) : field.toString();
        }

        private static String lastNode(String path) {
            int dot = path.lastIndexOf('.');
            return dot < 0 ? path : path.substring(dot + 1);
        }

        @Override
        protected ResponseEntity<Object> handleMethodArgumentNotValid(
                MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
            List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                    .sorted(Comparator.comparing(FieldError::getField))
                    .map(f -> Map.of(
                            "field", f.getField(),
                            "message", String.valueOf(f.getDefaultMessage())))
                    .toList();
            return ResponseEntity.badRequest().body(validation(errors));
        }

        @Override
        protected ResponseEntity<Object> handleHttpMessageNotReadable(
                HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
            Throwable cause = e.getMostSpecificCause();
            if (cause instanceof StrictRequestsAutoConfiguration.UnsafeTextException unsafe) {
                return ResponseEntity.badRequest()
                        .body(validation(List.of(Map.of("field", fieldOf(unsafe), "message", unsafe.problem()))));
            }
            if (cause instanceof tools.jackson.databind.exc.UnrecognizedPropertyException unknown) {
                return ResponseEntity.badRequest()
                        .body(validation(List.of(
                                Map.of("field", fieldOf(unknown), "message", "is not a field of this request"))));
            }
            if (cause instanceof tools.jackson.databind.exc.MismatchedInputException mismatch
                    && !mismatch.getPath().isEmpty()) {
                return ResponseEntity.badRequest()
                        .body(validation(List.of(
                                Map.of("field", fieldOf(mismatch), "message", "has the wrong type or format"))));
            }
            return ResponseEntity.badRequest()
                    .body(Problems.of(
                            HttpStatus.BAD_REQUEST,
                            "unreadable-body",
                            "The request body is not valid JSON of the expected shape."));
        }

        /** Where in the body Jackson stopped, as {@code impact.beneficiaries} or {@code sdgs[2]}. */
        private static String fieldOf(tools.jackson.databind.DatabindException e) {
            StringBuilder field = new StringBuilder();
            for (tools.jackson.core.JacksonException.Reference step : e.getPath()) {
                if (step.getPropertyName() != null) {
                    field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
                } else if (step.getIndex() >= 0) {
                    field.append('[').append(step.getIndex()).append(']');
                }
            }
            return field.toString();
        }

        /** Tomcat could not decode the request's parameters (bytes that are not UTF-8 once decoded). */
        @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
        ResponseEntity<ProblemDetail> undecodable(RuntimeException e) {
            return ResponseEntity.badRequest()
                    .body(Problems.of(
                            HttpStatus.BAD_REQUEST,
                            "malformed-request",
                            "The request's parameters are not valid UTF-8 once decoded."));
        }

        @ExceptionHandler(RuntimeException.class)
        ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
            if (org.wsis.servicekit.messaging.Failures.isTransient(e)) {
                // A translated exception wrapping a transient one, which the handlers above did not match.
                return unavailable(e);
            }
            log.error("Unexpected error", e);
            return ResponseEntity.internalServerError()
                    .body(Problems.of(
                            HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Something went wrong on our side."));
        }
    }
}
