package org.wsis.notification.preference.web;

import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.wsis.notification.preference.domain.PreferenceRuleViolation;
import org.wsis.notification.web.InvalidRequest;

/** A preference the rules do not allow is refused like a field that fails validation: 400, field by field. */
@RestControllerAdvice
class PreferenceProblems {

    @ExceptionHandler(PreferenceRuleViolation.class)
    ResponseEntity<ProblemDetail> refused(PreferenceRuleViolation e) {
        return ResponseEntity.badRequest()
                .body(InvalidRequest.problem(List.of(new InvalidRequest.FieldError(e.field(), e.getMessage()))));
    }
}
