package org.wsis.servicekit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** An application service's refusal reaches the client as the problem of its kind, in its words. */
class RefusalTest {

    private final ProblemDetailsAutoConfiguration.ProblemHandlers handlers =
            new ProblemDetailsAutoConfiguration.ProblemHandlers();

    private ResponseEntity<ProblemDetail> answer(Refusal refusal) {
        return handlers.refusal(refusal);
    }

    @Test
    void eachKindOfRefusalIsAnsweredWithItsStatusAndItsCodeAsTheProblemType() {
        assertProblem(answer(Refusal.notFound("Entry 42")), 404, "not-found", "Entry 42 does not exist.");
        assertProblem(
                answer(Refusal.notPermitted("Only the owner of an entry may change it.")),
                403,
                "forbidden",
                "Only the owner of an entry may change it.");
        assertProblem(answer(Refusal.staleVersion()), 409, "stale-version", null);
        assertProblem(
                answer(Refusal.conflict("edition-exists", "The edition 2027 exists already.")),
                409,
                "edition-exists",
                "The edition 2027 exists already.");
        assertProblem(
                answer(Refusal.invalid("page-too-deep", "Narrow the search.")),
                400,
                "page-too-deep",
                "Narrow the search.");
    }

    private static void assertProblem(ResponseEntity<ProblemDetail> answer, int status, String code, String detail) {
        assertThat(answer.getStatusCode().value()).isEqualTo(status);
        ProblemDetail problem = answer.getBody();
        assertThat(problem).isNotNull();
        assertThat(problem.getStatus()).isEqualTo(status);
        assertThat(problem.getType().toString()).isEqualTo("urn:wsis:problem:" + code);
        if (detail != null) {
            assertThat(problem.getDetail()).isEqualTo(detail);
        }
    }
}
