package org.wsis.moderation.flag.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.wsis.moderation.flag.domain.FlagRefused;
import org.wsis.moderation.flag.domain.TooManyFlags;
import org.wsis.servicekit.problem.Problems;

/**
 * Refusals of a flag as problem details: a flag the rules refuse (an erased account, one's own entry, a
 * second flag on one entry) is a conflict (409); too many flags from one account is 429 with {@code
 * Retry-After} in seconds.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class FlagProblems {

    @ExceptionHandler(FlagRefused.class)
    ResponseEntity<ProblemDetail> refused(FlagRefused e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Problems.of(HttpStatus.CONFLICT, e.code(), e.getMessage()));
    }

    @ExceptionHandler(TooManyFlags.class)
    ResponseEntity<ProblemDetail> tooManyFlags(TooManyFlags e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()))
                .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, e.code(), e.getMessage()));
    }
}
