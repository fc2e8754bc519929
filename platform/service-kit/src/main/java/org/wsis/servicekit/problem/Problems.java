package org.wsis.servicekit.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Problem details with the platform's stable {@code type} URIs: {@code urn:wsis:problem:<code>}. */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemWriter.type(code));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
