package org.wsis.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.wsis.portal.backend.BackendProblem;

class EntryFormTest {

    @Test
    void theFormBecomesTheServicesRequestWithBlankOptionalFieldsLeftOut() {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("title", "Community broadband");
        form.add("website", "  ");
        form.addAll("actionLines", List.of("C2", "C4"));
        form.addAll("sdgs", List.of("4", "9"));
        form.add("impact.social", "Schools connected");
        form.add("keywords", "schools, , community networks ");

        Map<String, Object> request = EntryPages.requestOf(form);

        assertThat(request)
                .containsEntry("title", "Community broadband")
                .containsEntry("website", null)
                .containsEntry("actionLines", List.of("C2", "C4"))
                .containsEntry("sdgs", List.of(4, 9))
                .containsEntry("keywords", List.of("schools", "community networks"));
        @SuppressWarnings("unchecked")
        Map<String, Object> impact = (Map<String, Object>) request.get("impact");
        assertThat(impact).containsEntry("social", "Schools connected").containsEntry("economic", null);
    }

    @Test
    void aNonNumberInTheGoalsReachesTheServiceToBeRefusedThere() {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("sdgs", "four");
        assertThat(EntryPages.requestOf(form)).containsEntry("sdgs", List.of("four"));
    }

    @Test
    void fieldErrorsOfListItemsBelongToTheirField() {
        BackendProblem problem = new BackendProblem(
                400,
                Map.of(
                        "type", "urn:wsis:problem:validation",
                        "detail", "2 fields are invalid",
                        "errors",
                                List.of(
                                        Map.of("field", "actionLines[1]", "message", "must be one of C1, ..., C11"),
                                        Map.of("field", "impact.social", "message", "too long"))));

        assertThat(Outcomes.fieldErrors(problem))
                .containsEntry("actionLines", "must be one of C1, ..., C11")
                .containsEntry("impact.social", "too long");
        assertThat(problem.code()).isEqualTo("validation");
    }
}
