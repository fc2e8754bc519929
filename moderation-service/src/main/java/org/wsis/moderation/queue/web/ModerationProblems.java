package org.wsis.moderation.queue.web;

import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.wsis.moderation.queue.domain.ModerationRefused;
import org.wsis.servicekit.problem.Problems;
import org.wsis.servicekit.problem.RuleViolation;

/**
 * Refusals of the queue as problem details: an incomplete request (a missing message) is 422, acting
 * on someone else's item or moderating one's own is 403, everything else is a conflict with the item's
 * state (409). A flag's refusals are the kit's: 409, and 429 with {@code Retry-After} for too many flags.
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

    private static ResponseEntity<ProblemDetail> of(RuleViolation e) {
        HttpStatus status = UNPROCESSABLE.contains(e.code())
                ? HttpStatus.UNPROCESSABLE_ENTITY
                : FORBIDDEN.contains(e.code()) ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT;
        return ResponseEntity.status(status).body(Problems.of(status, e.code(), e.getMessage()));
    }
}
