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
 * The stocktaking database: public search with filters, facets and paging; an entry's page; the
 * owner's entries with their form (errors next to their fields), submission, the moderator's message
 * when changes are requested, the appeal of a rejection and the nomination for a Prize.
 */
@Controller
public class EntryPages {

    static final int PAGE_SIZE = 20;
    private static final List<String> FILTERS =
            List.of("actionLine", "sdg", "region", "stakeholderType", "country", "year");

    /** How results may be ordered: the service's own names. */
    private static final List<String> SORTS = List.of("relevance", "newest", "title");

    private final Backend backend;

    public EntryPages(Backend backend) {
        this.backend = backend;
    }

    @GetMapping("/entries")
    public String search(
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        String q = params.getFirst("q");
        if (q != null && !q.isBlank()) {
            query.add("q", q.strip());
        }
        Pages.putFilled(params, FILTERS, query);
        String sort = params.getFirst("sort");
        boolean sorted = sort != null && SORTS.contains(sort) && !"relevance".equals(sort);
        model.addAttribute("sort", sorted ? sort : "relevance");
        model.addAttribute("exportQuery", Pages.queryString(query));
        if (sorted) {
            query.add("sort", sort);
        }
        MultiValueMap<String, String> withPage = new LinkedMultiValueMap<>(query);
        withPage.add("page", String.valueOf(Math.max(0, page)));
        withPage.add("size", String.valueOf(PAGE_SIZE));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("selected", query);
        try {
            Map<String, Object> result = backend.get(Service.SUBMISSION, "/api/entries", withPage);
            long total = ((Number) result.get("total")).longValue();
            model.addAttribute("result", result);
            model.addAttribute("total", total);
            model.addAttribute("page", Math.max(0, page));
            model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        } catch (BackendProblem problem) {
            model.addAttribute("searchError", problem.detail());
        }
        model.addAttribute("queryString", Pages.queryString(query));
        return "entries/search";
    }

    @GetMapping("/entries/{id}")
    public String entry(@PathVariable String id, Model model) {
        model.addAttribute("entry", backend.get(Service.SUBMISSION, "/api/entries/" + id, null));
        model.addAttribute("logo", logoOf(id));
        return "entries/entry";
    }

    /** The entry's logo from the repository, if its owner shared one; a repository that does not answer shows none. */
    private @Nullable Map<String, Object> logoOf(String entryId) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        query.add("entry", entryId);
        try {
            return backend.get(Service.COMMUNITY, "/api/community/documents/logo", query);
        } catch (org.wsis.portal.backend.BackendProblem none) {
            return null;
        } catch (org.springframework.web.client.RestClientException unavailable) {
            return null;
        }
    }

    @GetMapping("/my/entries")
    public String mine(Model model) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        query.add("mine", "true");
        query.add("size", "100");
        query.add("sort", "newest");
        model.addAttribute("result", backend.get(Service.SUBMISSION, "/api/entries", query));
        Map<String, Map<String, Object>> moderation = new LinkedHashMap<>();
        for (Map<String, Object> item : backend.list(Service.MODERATION, "/api/moderation/my-items", null)) {
            // The latest item about each entry says where it stands.
            moderation.merge(
                    String.valueOf(item.get("entryId")),
                    item,
                    (a, b) -> String.valueOf(a.get("queuedAt")).compareTo(String.valueOf(b.get("queuedAt"))) >= 0
                            ? a
                            : b);
        }
        model.addAttribute("moderation", moderation);
        return "entries/mine";
    }

    @GetMapping("/my/entries/{id}")
    public String myEntry(@PathVariable String id, Model model) {
        Map<String, Object> entry = backend.get(Service.SUBMISSION, "/api/entries/" + id, null);
        model.addAttribute("entry", entry);
        model.addAttribute("mine", true);
        List<Map<String, Object>> items = backend.list(Service.MODERATION, "/api/moderation/my-items", null).stream()
                .filter(i -> id.equals(i.get("entryId")))
                .toList();
        model.addAttribute("items", items);
        model.addAttribute("editions", nominationEditions());
        return "entries/entry";
    }

    /** Editions taking nominations now. */
    private List<Map<String, Object>> nominationEditions() {
        try {
            return backend.list(Service.PRIZE, "/api/prizes/editions", null).stream()
                    .filter(e -> "SUBMISSION".equals(e.get("phase")))
                    .toList();
        } catch (RuntimeException unavailable) {
            return List.of();
        }
    }

    @GetMapping("/my/entries/new")
    public String newEntry(Model model) {
        model.addAttribute("form", new LinkedHashMap<String, Object>());
        model.addAttribute("errors", Map.of());
        return "entries/form";
    }

    @GetMapping("/my/entries/{id}/edit")
    public String edit(@PathVariable String id, Model model) {
        Map<String, Object> entry = backend.get(Service.SUBMISSION, "/api/entries/" + id, null);
        model.addAttribute("form", formOf(entry));
        model.addAttribute("entryId", id);
        model.addAttribute("entry", entry);
        model.addAttribute("errors", Map.of());
        return "entries/form";
    }

    @PostMapping("/my/entries")
    public String create(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes flash) {
        return save(null, form, model, flash);
    }

    @PostMapping("/my/entries/{id}")
    public String update(
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes flash) {
        return save(id, form, model, flash);
    }

    private String save(
            @Nullable String id, MultiValueMap<String, String> form, Model model, RedirectAttributes flash) {
        Map<String, Object> body = requestOf(form);
        try {
            Map<String, Object> saved = id == null
                    ? backend.send(HttpMethod.POST, Service.SUBMISSION, "/api/entries", body)
                    : backend.send(HttpMethod.PUT, Service.SUBMISSION, "/api/entries/" + id, body);
            String savedId = String.valueOf(saved == null ? id : saved.get("id"));
            if (form.containsKey("submit")) {
                backend.send(HttpMethod.POST, Service.SUBMISSION, "/api/entries/" + savedId + "/submit", null);
                flash.addFlashAttribute("notice", "entry.notice.submitted");
            } else {
                flash.addFlashAttribute("notice", "entry.notice.saved");
            }
            return "redirect:/my/entries/" + savedId;
        } catch (BackendProblem problem) {
            model.addAttribute("form", formOf(body));
            model.addAttribute("errors", Outcomes.fieldErrors(problem));
            model.addAttribute("problem", problem.detail());
            model.addAttribute("entryId", id);
            return "entries/form";
        }
    }

    @PostMapping("/my/entries/{id}/submit")
    public String submit(@PathVariable String id, RedirectAttributes flash) {
        return act(
                id,
                flash,
                "entry.notice.submitted",
                () -> backend.send(HttpMethod.POST, Service.SUBMISSION, "/api/entries/" + id + "/submit", null));
    }

    @PostMapping("/my/entries/{id}/withdraw")
    public String withdraw(@PathVariable String id, RedirectAttributes flash) {
        return act(
                id,
                flash,
                "entry.notice.withdrawn",
                () -> backend.send(HttpMethod.POST, Service.SUBMISSION, "/api/entries/" + id + "/withdraw", null));
    }

    @PostMapping("/my/entries/{id}/appeal")
    public String appeal(
            @PathVariable String id,
            @RequestParam String itemId,
            @RequestParam String message,
            RedirectAttributes flash) {
        return act(
                id,
                flash,
                "entry.notice.appealed",
                () -> backend.send(
                        HttpMethod.POST,
                        Service.MODERATION,
                        "/api/moderation/items/" + itemId + "/appeal",
                        Map.of("message", message)));
    }

    @PostMapping("/my/entries/{id}/nominate")
    public String nominate(
            @PathVariable String id, @RequestParam int year, @RequestParam String category, RedirectAttributes flash) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entryId", id);
        body.put("category", category.isBlank() ? null : Integer.valueOf(category));
        return act(
                id,
                flash,
                "entry.notice.nominated",
                () -> backend.send(
                        HttpMethod.POST, Service.PRIZE, "/api/prizes/editions/" + year + "/nominations", body));
    }

    private static String act(String id, RedirectAttributes flash, String notice, Runnable action) {
        return Outcomes.of(flash, notice, "redirect:/my/entries/" + id, action);
    }

    /** The service's request from the form's fields; blank optional fields are left out. */
    static Map<String, Object> requestOf(MultiValueMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of(
                "title",
                "organisation",
                "stakeholderType",
                "country",
                "shortDescription",
                "fullDescription",
                "partnerships",
                "challenges",
                "startDate",
                "endDate",
                "website",
                "contactEmail")) {
            String value = form.getFirst(field);
            body.put(field, value == null || value.isBlank() ? null : value);
        }
        body.put("actionLines", form.getOrDefault("actionLines", List.of()));
        List<Object> sdgs = new ArrayList<>();
        for (String sdg : form.getOrDefault("sdgs", List.of())) {
            sdgs.add(sdg.matches("\\d{1,2}") ? Integer.valueOf(sdg) : sdg);
        }
        body.put("sdgs", sdgs);
        Map<String, Object> impact = new LinkedHashMap<>();
        for (String kind : List.of("economic", "social", "environmental")) {
            String value = form.getFirst("impact." + kind);
            impact.put(kind, value == null || value.isBlank() ? null : value);
        }
        body.put("impact", impact);
        String keywords = form.getFirst("keywords");
        body.put(
                "keywords",
                keywords == null
                        ? List.of()
                        : Arrays.stream(keywords.split(","))
                                .map(String::strip)
                                .filter(k -> !k.isEmpty())
                                .toList());
        return body;
    }

    /** An entry as its form shows it. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> formOf(Map<String, Object> entry) {
        Map<String, Object> form = new LinkedHashMap<>(entry);
        if (entry.get("keywords") instanceof List<?> keywords) {
            form.put("keywords", String.join(", ", (List<String>) keywords));
        }
        if (entry.get("sdgs") instanceof List<?> sdgs) {
            form.put("sdgs", sdgs.stream().map(String::valueOf).toList());
        }
        return form;
    }
}
