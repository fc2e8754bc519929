package org.wsis.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;
import org.wsis.portal.backend.BackendProblem;

/**
 * What a page shows when a service refuses or does not answer: the service's own explanation under a
 * heading in the reader's language, with the matching status. An expired session signs in again.
 */
@ControllerAdvice(
        assignableTypes = {
            EntryPages.class,
            ModerationPages.class,
            PrizePages.class,
            AccountPages.class,
            HomePage.class,
            AdminPages.class,
            ConveningPages.class,
            CalendarPages.class,
            ProgrammePages.class,
            ForumPages.class,
            StatisticsPages.class,
            NewsPages.class,
            ReportPages.class,
            RepositoryPages.class,
            ReviewPages.class,
            PrivacyPages.class
        })
public class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final PageModel frame;

    public PageErrors(PageModel frame) {
        this.frame = frame;
    }

    /** An exception handler gets a fresh model: the page's frame is added again. */
    private void framed(Model model, HttpServletRequest request, Locale locale) {
        model.addAttribute("user", frame.user(SecurityContextHolder.getContext().getAuthentication()));
        model.addAttribute("languages", frame.languages(request, locale));
        model.addAttribute("dir", frame.dir(locale));
        model.addAttribute("lang", frame.lang(locale));
        model.addAttribute("path", frame.path(request));
    }

    @ExceptionHandler(BackendProblem.class)
    public String refused(
            BackendProblem problem,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        if (problem.status() == 401) {
            return "redirect:/oauth2/authorization/keycloak";
        }
        int status = problem.status() == 404 || problem.status() == 403 ? problem.status() : 400;
        if (problem.status() >= 500) {
            status = 502;
        }
        response.setStatus(status);
        framed(model, request, locale);
        model.addAttribute("status", status);
        model.addAttribute("detail", problem.detail());
        return "error";
    }

    @ExceptionHandler(ResourceAccessException.class)
    public String unavailable(
            ResourceAccessException e,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        log.warn("A service did not answer: {}", e.toString());
        response.setStatus(503);
        framed(model, request, locale);
        model.addAttribute("status", 503);
        model.addAttribute("detail", null);
        return "error";
    }
}
