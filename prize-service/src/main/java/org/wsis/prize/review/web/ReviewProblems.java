package org.wsis.prize.review.web;

import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.wsis.prize.review.domain.ConflictOfInterest;
import org.wsis.prize.review.domain.UnknownExpert;
import org.wsis.servicekit.problem.Problems;

/**
 * The expert review's refusals that are not a conflict with an aggregate's state (which the kit answers
 * with 409): a nomination an expert may not review (403), an assignment naming no known expert (400, the
 * field named like any validation error).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ReviewProblems {

    @ExceptionHandler(ConflictOfInterest.class)
    ResponseEntity<ProblemDetail> conflictOfInterest(ConflictOfInterest e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(Problems.of(HttpStatus.FORBIDDEN, e.code(), e.getMessage()));
    }

    @ExceptionHandler(UnknownExpert.class)
    ResponseEntity<ProblemDetail> unknownExpert(UnknownExpert e) {
        ProblemDetail problem =
                Problems.of(HttpStatus.BAD_REQUEST, "validation", "Some fields are missing or invalid; see errors.");
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return ResponseEntity.badRequest().body(problem);
    }
}
