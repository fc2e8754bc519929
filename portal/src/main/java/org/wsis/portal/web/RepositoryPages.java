package org.wsis.portal.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wsis.portal.backend.Backend;
import org.wsis.portal.backend.Backend.Service;
import org.wsis.portal.backend.BackendProblem;

/**
 * The global repository: everyone finds public documents by their words (and a PDF's text) and kind, reads
 * what one is and downloads it; signed in, one shares a document (described, its file sent, then moderated),
 * follows where one's documents stand, replaces a refused one's file and sends it again, or withdraws it.
 */
@Controller
public class RepositoryPages {

    /** The kinds of document, in the order the form offers them. */
    static final List<String> KINDS =
            List.of("REPORT", "CASE_STUDY", "SUCCESS_STORY", "PRESENTATION", "PICTURE", "LOGO", "OTHER");

    private static final String DOCUMENTS = "/api/community/documents";
    private static final String ABOUT = "(ENTRY|ISSUE|WORKSHOP):[A-Za-z0-9_-]{1,100}";

    private final Backend backend;

    public RepositoryPages(Backend backend) {
        this.backend = backend;
    }

    @GetMapping("/repository")
    public String search(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String about,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        if (q != null && !q.isBlank()) {
            query.add("q", q.strip());
        }
        if (kind != null && KINDS.contains(kind)) {
            query.add("kind", kind);
        }
        if (about != null && about.matches(ABOUT)) {
            query.add("about", about);
        }
        query.add("page", String.valueOf(Math.max(0, Math.min(page, 10_000))));
        model.addAttribute("documents", backend.get(Service.COMMUNITY, DOCUMENTS, query));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("about", about != null && about.matches(ABOUT) ? about : null);
        model.addAttribute("kinds", KINDS);
        return "repository/list";
    }

    @GetMapping("/repository/{id}")
    public String document(@PathVariable String id, Model model) {
        model.addAttribute("document", backend.get(Service.COMMUNITY, DOCUMENTS + "/" + id, null));
        return "repository/document";
    }

    // --- signed in ---

    @GetMapping("/my/documents")
    public String mine(Model model) {
        model.addAttribute("documents", backend.list(Service.COMMUNITY, DOCUMENTS + "/mine", null));
        return "repository/mine";
    }

    @GetMapping("/my/documents/new")
    public String blank(
            @RequestParam(required = false) @Nullable String about,
            @RequestParam(required = false) @Nullable String kind,
            Model model) {
        Map<String, String> form = new LinkedHashMap<>();
        if (about != null && about.matches(ABOUT)) {
            form.put("about", about);
        }
        if (kind != null && KINDS.contains(kind)) {
            form.put("kind", kind);
        }
        return form(model, form, Map.of(), null);
    }

    /** Describes the document, sends its file, then sends it for moderation: a refusal stops where it happens. */
    @PostMapping("/my/documents")
    public String share(
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model,
            RedirectAttributes flash)
            throws IOException {
        Map<String, String> form = new LinkedHashMap<>(params.toSingleValueMap());
        form.remove("_csrf");
        String id;
        try {
            Map<String, Object> described = backend.send(HttpMethod.POST, Service.COMMUNITY, DOCUMENTS, body(form));
            id = String.valueOf(java.util.Objects.requireNonNull(described).get("id"));
        } catch (BackendProblem problem) {
            return form(model, form, Outcomes.fieldErrors(problem), problem.detail());
        }
        try {
            send(
                    id,
                    file == null ? new byte[0] : file.getBytes(),
                    file == null ? "" : String.valueOf(file.getOriginalFilename()));
            backend.send(HttpMethod.POST, Service.COMMUNITY, DOCUMENTS + "/" + id + "/submit", null);
            flash.addFlashAttribute("notice", "repository.notice.submitted");
        } catch (BackendProblem problem) {
            Outcomes.refused(flash, problem);
        }
        return "redirect:/my/documents/" + Pages.safeId(id);
    }

    @GetMapping("/my/documents/{id}")
    public String mineOne(@PathVariable String id, Model model) {
        model.addAttribute("document", backend.get(Service.COMMUNITY, DOCUMENTS + "/" + id, null));
        return "repository/my-document";
    }

    @PostMapping("/my/documents/{id}/file")
    public String replace(
            @PathVariable String id,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            RedirectAttributes flash)
            throws IOException {
        byte[] bytes = file == null ? new byte[0] : file.getBytes();
        String name = file == null ? "" : String.valueOf(file.getOriginalFilename());
        return Outcomes.of(
                flash,
                "repository.notice.file",
                "redirect:/my/documents/" + Pages.safeId(id),
                () -> send(id, bytes, name));
    }

    @PostMapping("/my/documents/{id}/submit")
    public String submit(@PathVariable String id, RedirectAttributes flash) {
        return Outcomes.of(
                flash,
                "repository.notice.submitted",
                "redirect:/my/documents/" + Pages.safeId(id),
                () -> backend.send(HttpMethod.POST, Service.COMMUNITY, DOCUMENTS + "/" + id + "/submit", null));
    }

    @PostMapping("/my/documents/{id}/withdraw")
    public String withdraw(@PathVariable String id, RedirectAttributes flash) {
        return Outcomes.of(
                flash,
                "repository.notice.withdrawn",
                "redirect:/my/documents/" + Pages.safeId(id),
                () -> backend.send(HttpMethod.POST, Service.COMMUNITY, DOCUMENTS + "/" + id + "/withdraw", null));
    }

    /** A moderator takes a public document down (harmful after all): out of view at once. */
    @PostMapping("/moderation/documents/{id}/take-down")
    public String takeDown(@PathVariable String id, RedirectAttributes flash) {
        return Outcomes.of(
                flash,
                "repository.notice.takenDown",
                "redirect:/repository",
                () -> backend.send(HttpMethod.POST, Service.COMMUNITY, DOCUMENTS + "/" + id + "/withdraw", null));
    }

    /** The file as the browser sent it, with the name it came with (which tells office formats apart). */
    private void send(String id, byte[] bytes, String name) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        query.add("name", name.isBlank() ? "file" : name);
        backend.sendBytes(
                HttpMethod.PUT,
                Service.COMMUNITY,
                DOCUMENTS + "/" + id + "/file",
                query,
                bytes,
                MediaType.APPLICATION_OCTET_STREAM);
    }

    private static Map<String, Object> body(Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", Pages.blankToNull(form.get("title")));
        body.put("description", Pages.blankToNull(form.get("description")));
        body.put("kind", Pages.blankToNull(form.get("kind")));
        String about = form.get("about");
        if (about != null && about.matches(ABOUT)) {
            body.put(
                    "about",
                    Map.of(
                            "kind",
                            about.substring(0, about.indexOf(':')),
                            "id",
                            about.substring(about.indexOf(':') + 1)));
        }
        return body;
    }

    private static String form(
            Model model, Map<String, String> form, Map<String, String> errors, @Nullable String problem) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("kinds", KINDS);
        return "repository/new";
    }
}
