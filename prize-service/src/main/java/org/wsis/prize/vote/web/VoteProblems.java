package org.wsis.prize.vote.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.wsis.prize.vote.domain.TooManyVotes;
import org.wsis.servicekit.problem.Problems;

/** Too many vote attempts: 429, with {@code Retry-After} saying when the voter may try again. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class VoteProblems {

    @ExceptionHandler(TooManyVotes.class)
    ResponseEntity<ProblemDetail> tooManyVotes(TooManyVotes e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()))
                .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, e.code(), e.getMessage()));
    }
}
