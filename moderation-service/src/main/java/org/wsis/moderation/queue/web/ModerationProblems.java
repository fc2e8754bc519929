package org.wsis.moderation.queue.web;

import java.util.Set;
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
import org.wsis.moderation.queue.domain.ModerationRefused;
import org.wsis.servicekit.problem.Problems;
import org.wsis.servicekit.problem.RuleViolation;

/**
 * Refusals of the queue as problem details: an incomplete request (a missing message) is 422, acting
 * on someone else's item or moderating one's own is 403, everything else is a conflict with the item's
 * state (409). Too many flags from one account is 429 with {@code Retry-After} in seconds.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ModerationProblems {

    private static final Set<String> UNPROCESSABLE = Set.of("message-required");
    private static final Set<String> FORBIDDEN = Set.of("not-author", "claimed-by-another", "own-item");

    @ExceptionHandler(ModerationRefused.class)
    ResponseEntity<ProblemDetail> refused(ModerationRefused e) {
        return of(e);
    }

    /** A flag refused by the flag rules: answered like the queue's own refusals, by code. */
    @ExceptionHandler(FlagRefused.class)
    ResponseEntity<ProblemDetail> flagRefused(FlagRefused e) {
        return of(e);
    }

    @ExceptionHandler(TooManyFlags.class)
    ResponseEntity<ProblemDetail> tooManyFlags(TooManyFlags e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()))
                .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, e.code(), e.getMessage()));
    }

    static ResponseEntity<ProblemDetail> of(RuleViolation e) {
        HttpStatus status = UNPROCESSABLE.contains(e.code())
                ? HttpStatus.UNPROCESSABLE_ENTITY
                : FORBIDDEN.contains(e.code()) ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT;
        return ResponseEntity.status(status).body(Problems.of(status, e.code(), e.getMessage()));
    }
}
