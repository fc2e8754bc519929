package org.wsis.servicekit.problem;

import org.springframework.http.HttpStatus;

/**
 * A refusal with its HTTP status and stable problem code, for the web adapters (controllers and their
 * advice). Application services throw {@link Refusal} instead, which speaks no HTTP; domain types throw
 * {@link RuleViolation} or their own exceptions, mapped by each service.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    public ApiException(HttpStatus status, String code, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", what + " does not exist.");
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden", detail);
    }

    public static ApiException staleVersion() {
        return new ApiException(
                HttpStatus.CONFLICT,
                "stale-version",
                "Someone changed this since you loaded it; reload and apply your change again.");
    }

    public static ApiException conflict(String code, String detail) {
        return new ApiException(HttpStatus.CONFLICT, code, detail);
    }
}
