package org.wsis.notification.privacy.web;

import java.util.Comparator;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.notification.privacy.Erasures;
import org.wsis.notification.privacy.domain.ErasureRefused;
import org.wsis.notification.privacy.domain.RecordedErasure;
import org.wsis.servicekit.problem.ApiException;
import org.wsis.servicekit.problem.Problems;
import org.wsis.servicekit.security.Caller;

/**
 * The erasure of the caller's own account: asked for once, with what becomes of their entries and their
 * own address typed out as confirmation; answered 202 once recorded and announced to every service.
 */
@RestController
@RequestMapping("/api/notifications/mine/erasure")
public class ErasureController {

    /**
     * The request. Fields are read as text so that every wrong value is reported by name.
     *
     * @param entries {@code WITHDRAW} or {@code TRANSFER}
     * @param transferTo for a transfer, the e-mail address of the account that receives the entries
     * @param confirmation the caller's own e-mail address
     */
    public record ErasureRequest(
            @Nullable String entries,
            @Nullable String transferTo,
            @Nullable String confirmation) {}

    private final Erasures erasures;

    public ErasureController(Erasures erasures) {
        this.erasures = erasures;
    }

    @PostMapping
    public ResponseEntity<RecordedErasure> erase(Caller caller, @RequestBody ErasureRequest request) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(erasures.request(caller, request.entries(), request.transferTo(), request.confirmation()));
    }

    /** The caller's erasure: 404 when they never asked for one. */
    @GetMapping
    public RecordedErasure mine(Caller caller) {
        return erasures.of(caller.userId()).orElseThrow(() -> ApiException.notFound("No erasure of this account"));
    }

    @ExceptionHandler(ErasureRefused.class)
    ResponseEntity<ProblemDetail> refused(ErasureRefused e) {
        ProblemDetail problem =
                Problems.of(HttpStatus.BAD_REQUEST, "validation", "Some fields are missing or invalid; see errors.");
        problem.setProperty(
                "errors",
                e.errors().stream()
                        .sorted(Comparator.comparing(ErasureRefused.FieldError::field))
                        .map(f -> Map.of("field", f.field(), "message", f.message()))
                        .toList());
        return ResponseEntity.badRequest().body(problem);
    }
}
