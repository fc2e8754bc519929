package org.wsis.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wsis.portal.backend.BackendProblem;

/**
 * How a page tells the outcome of a form after redirecting (post, redirect, get): a notice in the
 * reader's language, or the service's refusal with its field errors.
 */
final class Outcomes {

    private Outcomes() {}

    /** Runs {@code action}; tells {@code notice} on success or the refusal, then goes to {@code then}. */
    static String of(RedirectAttributes flash, String notice, String then, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("notice", notice);
        } catch (BackendProblem problem) {
            refused(flash, problem);
        }
        return then;
    }

    static void refused(RedirectAttributes flash, BackendProblem problem) {
        flash.addFlashAttribute("failure", problem.detail());
        flash.addFlashAttribute("failureErrors", fieldErrors(problem));
    }

    /**
     * Field errors keyed by the form's field, rows of repeated groups kept apart: {@code actionLines[1]}
     * belongs to {@code actionLines}, {@code plannedEvents[0].title} is the first planned event's title.
     */
    static Map<String, String> fieldErrorsByRow(BackendProblem problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        problem.fieldErrors()
                .forEach((field, message) ->
                        errors.merge(field.replaceAll("\\[\\d+]$", ""), message, (a, b) -> a + "; " + b));
        return errors;
    }

    /** Field errors keyed by the form's field: {@code actionLines[1]} belongs to {@code actionLines}. */
    static Map<String, String> fieldErrors(BackendProblem problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        problem.fieldErrors()
                .forEach((field, message) ->
                        errors.merge(field.replaceAll("\\[\\d+]", ""), message, (a, b) -> a + "; " + b));
        return errors;
    }
}
