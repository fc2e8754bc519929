package org.wsis.notification.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.wsis.servicekit.problem.Problems;

/**
 * A request with fields that are wrong in ways a bean constraint cannot say (a frequency a type does
 * not allow, an unknown time zone); answered like every validation failure: 400 with the errors field by
 * field.
 */
public class InvalidRequest extends RuntimeException {

    /** One field and what is wrong with it. */
    public record FieldError(String field, String message) {}

    private final List<FieldError> errors;

    public InvalidRequest(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    @RestControllerAdvice
    static class Handler {

        @ExceptionHandler(InvalidRequest.class)
        ResponseEntity<ProblemDetail> invalid(InvalidRequest e) {
            return ResponseEntity.badRequest().body(problem(e.errors()));
        }
    }

    /** The problem of a request refused field by field: 400, {@code validation}, with the errors. */
    public static ProblemDetail problem(List<FieldError> errors) {
        ProblemDetail problem =
                Problems.of(HttpStatus.BAD_REQUEST, "validation", "Some fields are missing or invalid; see errors.");
        problem.setProperty(
                "errors",
                errors.stream()
                        .sorted(java.util.Comparator.comparing(FieldError::field))
                        .map(f -> Map.of("field", f.field(), "message", f.message()))
                        .toList());
        return problem;
    }
}
