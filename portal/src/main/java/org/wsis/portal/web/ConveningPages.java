package org.wsis.portal.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wsis.portal.backend.Backend;
import org.wsis.portal.backend.Backend.Service;
import org.wsis.portal.backend.BackendProblem;

/**
 * The OpenWSIS convening: the public directory of issues and convenors with filters and facets, the themes
 * of a year, an issue's page with the similar issues of other convenors and a request to connect, a
 * convenor's page; and, signed in, one's convenors and their issues with their forms, invitations to
 * manage a convenor, and one's contacts.
 */
@Controller
public class ConveningPages {

    static final int PAGE_SIZE = 20;
    private static final List<String> FILTERS =
            List.of("actionLine", "sdg", "year", "region", "stakeholderType", "country");

    private final Backend backend;

    public ConveningPages(Backend backend) {
        this.backend = backend;
    }

    @GetMapping("/convening")
    public String issues(
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        return directory("/api/convening/issues", "convening/directory", params, page, model);
    }

    @GetMapping("/convening/convenors")
    public String convenors(
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        return directory("/api/convening/convenors", "convening/convenors", params, page, model);
    }

    private String directory(String api, String template, MultiValueMap<String, String> params, int page, Model model) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        String q = params.getFirst("q");
        if (q != null && !q.isBlank()) {
            query.add("q", q.strip());
        }
        Pages.putFilled(params, FILTERS, query);
        MultiValueMap<String, String> withPage = new LinkedMultiValueMap<>(query);
        withPage.add("page", String.valueOf(Math.max(0, page)));
        withPage.add("size", String.valueOf(PAGE_SIZE));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("selected", query);
        try {
            Map<String, Object> result = backend.get(Service.CONVENING, api, withPage);
            long total = ((Number) result.get("total")).longValue();
            model.addAttribute("result", result);
            model.addAttribute("total", total);
            model.addAttribute("page", Math.max(0, page));
            model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        } catch (BackendProblem problem) {
            model.addAttribute("searchError", problem.detail());
        }
        model.addAttribute("queryString", Pages.queryString(query));
        return template;
    }

    @GetMapping("/convening/themes")
    public String themes(@RequestParam(required = false) @Nullable Integer year, Model model) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        if (year != null) {
            query.add("year", String.valueOf(year));
        }
        model.addAttribute("themes", backend.list(Service.CONVENING, "/api/convening/themes", query));
        model.addAttribute("year", year);
        return "convening/themes";
    }

    @GetMapping("/convening/issues/{id}")
    public String issue(@PathVariable String id, Model model) {
        Map<String, Object> issue = backend.get(Service.CONVENING, "/api/convening/issues/" + id, null);
        model.addAttribute("issue", issue);
        model.addAttribute("similar", similarTo(id));
        model.addAttribute("askers", askersFor(issue));
        return "convening/issue";
    }

    /** The similar issues, or none while the issue is not public (its managers read a draft here too). */
    private List<Map<String, Object>> similarTo(String id) {
        try {
            return backend.list(Service.CONVENING, "/api/convening/issues/" + id + "/similar", null);
        } catch (BackendProblem notPublic) {
            return List.of();
        }
    }

    /** The public convenors the signed-in reader manages, other than the issue's own: who may ask to connect. */
    private List<Map<String, Object>> askersFor(Map<String, Object> issue) {
        if (!Pages.signedIn()) {
            return List.of();
        }
        return backend.list(Service.CONVENING, "/api/convening/convenors/mine", null).stream()
                .filter(c -> c.get("publishedRevision") instanceof Number n && n.intValue() > 0)
                .filter(c -> !"WITHDRAWN".equals(c.get("status")))
                .filter(c -> !String.valueOf(c.get("id")).equals(String.valueOf(issue.get("convenorId"))))
                .toList();
    }

    @GetMapping("/convening/convenors/{id}")
    public String convenor(@PathVariable String id, Model model) {
        model.addAttribute("convenor", backend.get(Service.CONVENING, "/api/convening/convenors/" + id, null));
        model.addAttribute(
                "issues", backend.list(Service.CONVENING, "/api/convening/convenors/" + id + "/issues", null));
        return "convening/convenor";
    }

    // --- signed in: one's convenors ---

    @GetMapping("/my/convenors")
    public String mine(Model model) {
        model.addAttribute("convenors", backend.list(Service.CONVENING, "/api/convening/convenors/mine", null));
        model.addAttribute(
                "invitations", backend.list(Service.CONVENING, "/api/convening/convenors/invitations", null));
        return "convening/mine";
    }

    @GetMapping("/my/convenors/{id}")
    public String myConvenor(@PathVariable String id, Model model) {
        model.addAttribute("convenor", backend.get(Service.CONVENING, "/api/convening/convenors/" + id, null));
        model.addAttribute(
                "issues", backend.list(Service.CONVENING, "/api/convening/convenors/" + id + "/issues", null));
        return "convening/my-convenor";
    }

    @GetMapping("/my/convenors/new")
    public String newConvenor(Model model) {
        model.addAttribute("form", new LinkedHashMap<String, Object>());
        model.addAttribute("errors", Map.of());
        return "convening/convenor-form";
    }

    @GetMapping("/my/convenors/{id}/edit")
    public String editConvenor(@PathVariable String id, Model model) {
        Map<String, Object> convenor = backend.get(Service.CONVENING, "/api/convening/convenors/" + id, null);
        model.addAttribute("form", convenorForm(convenor));
        model.addAttribute("convenorId", id);
        model.addAttribute("errors", Map.of());
        return "convening/convenor-form";
    }

    @PostMapping("/my/convenors")
    public String createConvenor(
            @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes flash) {
        return saveConvenor(null, form, model, flash);
    }

    @PostMapping("/my/convenors/{id}")
    public String updateConvenor(
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes flash) {
        return saveConvenor(id, form, model, flash);
    }

    private String saveConvenor(
            @Nullable String id, MultiValueMap<String, String> form, Model model, RedirectAttributes flash) {
        Map<String, Object> body = convenorRequest(form);
        try {
            Map<String, Object> saved = id == null
                    ? backend.send(HttpMethod.POST, Service.CONVENING, "/api/convening/convenors", body)
                    : backend.send(HttpMethod.PUT, Service.CONVENING, "/api/convening/convenors/" + id, body);
            String savedId = String.valueOf(saved == null ? id : saved.get("id"));
            submitted(backend, form, flash, "/api/convening/convenors/" + savedId + "/submit");
            return "redirect:/my/convenors/" + savedId;
        } catch (BackendProblem problem) {
            model.addAttribute("form", form.toSingleValueMap());
            model.addAttribute("errors", Outcomes.fieldErrors(problem));
            model.addAttribute("problem", problem.detail());
            model.addAttribute("convenorId", id);
            return "convening/convenor-form";
        }
    }

    @PostMapping("/my/convenors/{id}/submit")
    public String submitConvenor(@PathVariable String id, RedirectAttributes flash) {
        return Outcomes.of(
                flash,
                "convening.notice.submitted",
                "redirect:/my/convenors/" + id,
                () -> backend.send(
                        HttpMethod.POST, Service.CONVENING, "/api/convening/convenors/" + id + "/submit", null));
    }

    @PostMapping("/my/convenors/{id}/withdraw")
    public String withdrawConvenor(@PathVariable String id, RedirectAttributes flash) {
        return Outcomes.of(
                flash,
                "convening.notice.withdrawn",
                "redirect:/my/convenors/" + id,
                () -> backend.send(
                        HttpMethod.POST, Service.CONVENING, "/api/convening/convenors/" + id + "/withdraw", null));
    }

    @PostMapping("/my/convenors/{id}/invitations")
    public String invite(@PathVariable String id, @RequestParam String email, RedirectAttributes flash) {
        return Outcomes.of(
                flash,
                "convening.notice.invited",
                "redirect:/my/convenors/" + id,
                () -> backend.send(
                        HttpMethod.POST,
                        Service.CONVENING,
                        "/api/convening/convenors/" + id + "/invitations",
                        Map.of("email", email)));
    }

    @PostMapping("/my/convenors/{id}/invitations/accept")
    public String acceptInvitation(@PathVariable String id, RedirectAttributes flash) {
        return Outcomes.of(
                flash,
                "convening.notice.joined",
                "redirect:/my/convenors",
                () -> backend.send(
                        HttpMethod.POST,
                        Service.CONVENING,
                        "/api/convening/convenors/" + id + "/invitations/accept",
                        null));
    }

    // --- signed in: issues ---

    @GetMapping("/my/issues/{id}")
    public String myIssue(@PathVariable String id, Model model) {
        Map<String, Object> issue = backend.get(Service.CONVENING, "/api/convening/issues/" + id, null);
        model.addAttribute("issue", issue);
        model.addAttribute("similar", List.of());
        model.addAttribute("askers", List.of());
        model.addAttribute("mine", true);
        return "convening/issue";
    }

    @GetMapping("/my/convenors/{id}/issues/new")
    public String newIssue(@PathVariable String id, Model model) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("year", String.valueOf(java.time.Year.now().getValue() + 1));
        model.addAttribute("form", form);
        model.addAttribute("convenorId", id);
        model.addAttribute("errors", Map.of());
        return "convening/issue-form";
    }

    @GetMapping("/my/issues/{id}/edit")
    public String editIssue(@PathVariable String id, Model model) {
        Map<String, Object> issue = backend.get(Service.CONVENING, "/api/convening/issues/" + id, null);
        model.addAttribute("form", issueForm(issue));
        model.addAttribute("issueId", id);
        model.addAttribute("convenorId", issue.get("convenorId"));
        model.addAttribute("errors", Map.of());
        return "convening/issue-form";
    }

    @PostMapping("/my/convenors/{id}/issues")
    public String createIssue(
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes flash) {
        return saveIssue(id, null, form, model, flash);
    }

    @PostMapping("/my/issues/{id}")
    public String updateIssue(
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes flash) {
        return saveIssue(form.getFirst("convenorId"), id, form, model, flash);
    }

    private String saveIssue(
            @Nullable String convenorId,
            @Nullable String id,
            MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes flash) {
        Map<String, Object> body = issueRequest(form);
        try {
            Map<String, Object> saved = id == null
                    ? backend.send(
                            HttpMethod.POST,
                            Service.CONVENING,
                            "/api/convening/convenors/" + convenorId + "/issues",
                            body)
                    : backend.send(HttpMethod.PUT, Service.CONVENING, "/api/convening/issues/" + id, body);
            String savedId = String.valueOf(saved == null ? id : saved.get("id"));
            submitted(backend, form, flash, "/api/convening/issues/" + savedId + "/submit");
            return "redirect:/my/issues/" + savedId;
        } catch (BackendProblem problem) {
            model.addAttribute("form", issueFormOf(form));
            model.addAttribute("errors", Outcomes.fieldErrorsByRow(problem));
            model.addAttribute("problem", problem.detail());
            model.addAttribute("issueId", id);
            model.addAttribute("convenorId", convenorId);
            return "convening/issue-form";
        }
    }

    @PostMapping("/my/issues/{id}/submit")
    public String submitIssue(@PathVariable String id, RedirectAttributes flash) {
        return Outcomes.of(
                flash,
                "convening.notice.submitted",
                "redirect:/my/issues/" + id,
                () -> backend.send(
                        HttpMethod.POST, Service.CONVENING, "/api/convening/issues/" + id + "/submit", null));
    }

    @PostMapping("/my/issues/{id}/withdraw")
    public String withdrawIssue(@PathVariable String id, RedirectAttributes flash) {
        return Outcomes.of(
                flash,
                "convening.notice.withdrawn",
                "redirect:/my/issues/" + id,
                () -> backend.send(
                        HttpMethod.POST, Service.CONVENING, "/api/convening/issues/" + id + "/withdraw", null));
    }

    // --- signed in: contacts ---

    /** Every request to connect made or received by the convenors the reader manages. */
    @GetMapping("/my/contacts")
    public String contacts(Model model) {
        List<Map<String, Object>> convenors = backend.list(Service.CONVENING, "/api/convening/convenors/mine", null);
        Map<String, List<Map<String, Object>>> byConvenor = new LinkedHashMap<>();
        for (Map<String, Object> convenor : convenors) {
            MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
            query.add("convenorId", String.valueOf(convenor.get("id")));
            byConvenor.put(
                    String.valueOf(convenor.get("id")),
                    backend.list(Service.CONVENING, "/api/convening/contacts", query));
        }
        model.addAttribute("convenors", convenors);
        model.addAttribute("contacts", byConvenor);
        return "convening/contacts";
    }

    @PostMapping("/my/contacts")
    public String connect(
            @RequestParam String issueId,
            @RequestParam String fromConvenorId,
            @RequestParam String message,
            RedirectAttributes flash) {
        try {
            backend.send(
                    HttpMethod.POST,
                    Service.CONVENING,
                    "/api/convening/contacts",
                    Map.of("fromConvenorId", fromConvenorId, "issueId", issueId, "message", message));
            flash.addFlashAttribute("notice", "contact.notice.requested");
            return "redirect:/my/contacts";
        } catch (BackendProblem problem) {
            // Back to the issue, with what they wrote, to correct or send later.
            Outcomes.refused(flash, problem);
            flash.addFlashAttribute("connectMessage", message);
            return "redirect:/convening/issues/" + issueId;
        }
    }

    @PostMapping("/my/contacts/{id}/{answer:accept|decline|block}")
    public String answer(@PathVariable String id, @PathVariable String answer, RedirectAttributes flash) {
        return Outcomes.of(
                flash,
                "contact.notice." + answer,
                "redirect:/my/contacts",
                () -> backend.send(
                        HttpMethod.POST, Service.CONVENING, "/api/convening/contacts/" + id + "/" + answer, null));
    }

    // --- forms ---

    /**
     * After a form was saved: submits it when the person asked to, telling either outcome on the saved
     * item's page (a refused submission leaves a saved draft, never a second one on the next click).
     */
    static void submitted(
            Backend backend, MultiValueMap<String, String> form, RedirectAttributes flash, String submitPath) {
        if (!form.containsKey("submit")) {
            flash.addFlashAttribute("notice", "convening.notice.saved");
            return;
        }
        try {
            backend.send(HttpMethod.POST, Service.CONVENING, submitPath, null);
            flash.addFlashAttribute("notice", "convening.notice.submitted");
        } catch (BackendProblem refused) {
            Outcomes.refused(flash, refused);
        }
    }

    static Map<String, Object> convenorRequest(MultiValueMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("name", "stakeholderType", "country", "website", "description")) {
            body.put(field, Pages.blankToNull(form.getFirst(field)));
        }
        body.put("languages", form.getOrDefault("languages", List.of()));
        Map<String, Object> contact = new LinkedHashMap<>();
        for (String field : List.of("name", "email", "phone")) {
            contact.put(field, Pages.blankToNull(form.getFirst("contact." + field)));
        }
        body.put("contact", contact);
        return body;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> convenorForm(Map<String, Object> convenor) {
        Map<String, Object> form = new LinkedHashMap<>(convenor);
        if (convenor.get("contact") instanceof Map<?, ?> contact) {
            ((Map<String, Object>) contact).forEach((k, v) -> form.put("contact." + k, v));
        }
        return form;
    }

    static Map<String, Object> issueRequest(MultiValueMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        String year = form.getFirst("year");
        body.put("year", year != null && year.matches("\\d{4}") ? Integer.valueOf(year) : Pages.blankToNull(year));
        for (String field : List.of("title", "description", "language")) {
            body.put(field, Pages.blankToNull(form.getFirst(field)));
        }
        body.put("actionLines", form.getOrDefault("actionLines", List.of()));
        body.put("sdgs", Pages.numbers(form.getOrDefault("sdgs", List.of())));
        String keywords = form.getFirst("keywords");
        body.put(
                "keywords",
                keywords == null
                        ? List.of()
                        : Arrays.stream(keywords.split(","))
                                .map(String::strip)
                                .filter(k -> !k.isEmpty())
                                .toList());
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < MAX_PLANNED_EVENTS; i++) {
            String prefix = "plannedEvents[" + i + "].";
            String title = form.getFirst(prefix + "title");
            if (title == null || title.isBlank()) {
                continue;
            }
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("id", Pages.blankToNull(form.getFirst(prefix + "id")));
            event.put("type", Pages.blankToNull(form.getFirst(prefix + "type")));
            event.put("title", title);
            event.put("startsAt", Pages.blankToNull(form.getFirst(prefix + "startsAt")));
            event.put("endsAt", Pages.blankToNull(form.getFirst(prefix + "endsAt")));
            event.put("timeZone", Pages.blankToNull(form.getFirst(prefix + "timeZone")));
            event.put("online", form.containsKey(prefix + "online"));
            event.put("place", Pages.blankToNull(form.getFirst(prefix + "place")));
            event.put("country", Pages.blankToNull(form.getFirst(prefix + "country")));
            events.add(event);
        }
        body.put("plannedEvents", events);
        return body;
    }

    /** How many planned events the issue's form offers. */
    static final int MAX_PLANNED_EVENTS = 3;

    /** An issue as its form shows it: keywords as one line, SDGs as text, planned events by position. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> issueForm(Map<String, Object> issue) {
        Map<String, Object> form = new LinkedHashMap<>(issue);
        if (issue.get("keywords") instanceof List<?> keywords) {
            form.put("keywords", String.join(", ", (List<String>) keywords));
        }
        if (issue.get("sdgs") instanceof List<?> sdgs) {
            form.put("sdgs", sdgs.stream().map(String::valueOf).toList());
        }
        List<Map<String, Object>> events = new ArrayList<>();
        if (issue.get("plannedEvents") instanceof List<?> planned) {
            for (Object e : planned) {
                Map<String, Object> event = new LinkedHashMap<>((Map<String, Object>) e);
                event.put("startsAt", Pages.minutes(String.valueOf(event.get("startsAt"))));
                event.put("endsAt", Pages.minutes(String.valueOf(event.get("endsAt"))));
                events.add(event);
            }
        }
        form.put("plannedEvents", Pages.padded(events, MAX_PLANNED_EVENTS));
        return form;
    }

    /** What was typed, shown again after a refusal. */
    static Map<String, Object> issueFormOf(MultiValueMap<String, String> typed) {
        Map<String, Object> request = issueRequest(typed);
        Map<String, Object> form = new LinkedHashMap<>(request);
        form.put("year", typed.getFirst("year"));
        form.put("keywords", typed.getFirst("keywords"));
        form.put("sdgs", typed.getOrDefault("sdgs", List.of()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = (List<Map<String, Object>>) request.get("plannedEvents");
        form.put("plannedEvents", Pages.padded(events, MAX_PLANNED_EVENTS));
        return form;
    }
}
