package org.wsis.prize.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.wsis.prize.edition.domain.PrizeRuleViolation;
import org.wsis.servicekit.problem.Problems;

/** A prize rule's refusal is a 409 problem with the rule's code. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PrizeProblems {

    @ExceptionHandler(PrizeRuleViolation.class)
    ResponseEntity<ProblemDetail> refused(PrizeRuleViolation e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Problems.of(HttpStatus.CONFLICT, e.code(), e.getMessage()));
    }
}
