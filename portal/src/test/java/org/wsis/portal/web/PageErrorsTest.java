package org.wsis.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.wsis.portal.backend.Backend;

/**
 * Every page that asks a service for what it shows turns the service's refusal into the page's own answer (a
 * record that does not exist is a "not found" page, not a 500): it is one of the pages {@link PageErrors}
 * advises.
 */
class PageErrorsTest {

    @Test
    void everyPageThatCallsAServiceHasItsRefusalsTurnedIntoPages() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        List<Class<?>> advised = Arrays.asList(
                PageErrors.class.getAnnotation(ControllerAdvice.class).assignableTypes());
        for (var candidate : scanner.findCandidateComponents("org.wsis.portal.web")) {
            Class<?> page = Class.forName(candidate.getBeanClassName());
            boolean callsAService = Arrays.stream(page.getDeclaredConstructors())
                    .flatMap(c -> Arrays.stream(c.getParameterTypes()))
                    .anyMatch(Backend.class::equals);
            if (callsAService) {
                assertThat(advised).as(page.getSimpleName()).contains(page);
            }
        }
    }
}
