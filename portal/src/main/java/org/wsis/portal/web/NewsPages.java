package org.wsis.portal.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * The newsroom: the public reads the news (in their language where a post has it, in English otherwise) and
 * finds the Atom feed of each language; editors list every post, write one in English and any other UN
 * language, change it, give it a picture, publish it and take it down.
 */
@Controller
public class NewsPages {

    /** The languages of a post, in the order the form shows them: English, required, first. */
    static final List<String> LANGUAGES = List.of("en", "ar", "es", "fr", "ru", "zh");

    private static final String NEWS = "/api/community/news";
    private static final String FIELDS = "title|summary|body|imageAlt";

    private final Backend backend;

    public NewsPages(Backend backend) {
        this.backend = backend;
    }

    @GetMapping("/news")
    public String news(@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        query.add("lang", locale.getLanguage());
        query.add("page", String.valueOf(Math.max(0, Math.min(page, 10_000))));
        model.addAttribute("news", backend.get(Service.COMMUNITY, NEWS, query));
        model.addAttribute("feedLanguages", LANGUAGES);
        model.addAttribute("feed", NEWS + "/feeds/" + locale.getLanguage());
        return "news/news";
    }

    @GetMapping("/news/{id}")
    public String post(@PathVariable String id, Locale locale, Model model) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        query.add("lang", locale.getLanguage());
        model.addAttribute("post", backend.get(Service.COMMUNITY, NEWS + "/" + id, query));
        model.addAttribute("feed", NEWS + "/feeds/" + locale.getLanguage());
        return "news/post";
    }

    // --- editors ---

    @GetMapping("/newsroom")
    public String newsroom(@RequestParam(defaultValue = "0") int page, Model model) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        query.add("page", String.valueOf(Math.max(0, Math.min(page, 10_000))));
        model.addAttribute("news", backend.get(Service.COMMUNITY, "/api/community/newsroom", query));
        return "news/newsroom";
    }

    @GetMapping("/newsroom/new")
    public String blank(Model model) {
        return form(model, null, new LinkedHashMap<>(), Map.of(), null);
    }

    @PostMapping("/newsroom")
    public String draft(@RequestParam MultiValueMap<String, String> form, Model model) {
        try {
            Map<String, Object> drafted = backend.send(HttpMethod.POST, Service.COMMUNITY, NEWS, request(form));
            return "redirect:/newsroom/"
                    + Pages.safeId(String.valueOf(
                            java.util.Objects.requireNonNull(drafted).get("id"))) + "?saved";
        } catch (BackendProblem problem) {
            return form(model, null, fields(form), Outcomes.fieldErrors(problem), problem.detail());
        }
    }

    @GetMapping("/newsroom/{id}")
    public String edit(@PathVariable String id, @RequestParam(required = false) @Nullable String saved, Model model) {
        Map<String, Object> post = backend.get(Service.COMMUNITY, NEWS + "/" + id, null);
        Map<String, String> fields = new LinkedHashMap<>();
        if (post.get("translations") instanceof Map<?, ?> translations) {
            translations.forEach((language, written) -> {
                if (written instanceof Map<?, ?> w) {
                    for (String field : FIELDS.split("\\|")) {
                        Object value = w.get(field);
                        if (value != null) {
                            fields.put(language + "." + field, String.valueOf(value));
                        }
                    }
                }
            });
        }
        if (saved != null) {
            model.addAttribute("notice", "news.notice.saved");
        }
        return form(model, post, fields, Map.of(), null);
    }

    @PostMapping("/newsroom/{id}")
    public String revise(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model) {
        String version = form.getFirst("version");
        try {
            Map<String, Object> body = request(form);
            if (version != null && version.matches("[0-9]{1,18}")) {
                backend.sendIfMatch(HttpMethod.PUT, Service.COMMUNITY, NEWS + "/" + id, body, Long.parseLong(version));
            } else {
                backend.send(HttpMethod.PUT, Service.COMMUNITY, NEWS + "/" + id, body);
            }
            return "redirect:/newsroom/" + Pages.safeId(id) + "?saved";
        } catch (BackendProblem problem) {
            Map<String, Object> post = backend.get(Service.COMMUNITY, NEWS + "/" + id, null);
            return form(model, post, fields(form), Outcomes.fieldErrors(problem), problem.detail());
        }
    }

    @PostMapping("/newsroom/{id}/publish")
    public String publish(@PathVariable String id, RedirectAttributes flash) {
        return Outcomes.of(
                flash,
                "news.notice.published",
                "redirect:/newsroom/" + Pages.safeId(id),
                () -> backend.send(HttpMethod.POST, Service.COMMUNITY, NEWS + "/" + id + "/publish", null));
    }

    @PostMapping("/newsroom/{id}/withdraw")
    public String withdraw(@PathVariable String id, RedirectAttributes flash) {
        return Outcomes.of(
                flash,
                "news.notice.withdrawn",
                "redirect:/newsroom/" + Pages.safeId(id),
                () -> backend.send(HttpMethod.POST, Service.COMMUNITY, NEWS + "/" + id + "/withdraw", null));
    }

    /** The picture, as the editor's browser sent it: its type is read by the service from its bytes. */
    @PostMapping("/newsroom/{id}/image")
    public String illustrate(
            @PathVariable String id, @RequestParam("image") MultipartFile image, RedirectAttributes flash)
            throws IOException {
        byte[] bytes = image.getBytes();
        return Outcomes.of(
                flash,
                "news.notice.illustrated",
                "redirect:/newsroom/" + Pages.safeId(id),
                () -> backend.sendBytes(
                        HttpMethod.PUT,
                        Service.COMMUNITY,
                        NEWS + "/" + id + "/image",
                        null,
                        bytes,
                        MediaType.APPLICATION_OCTET_STREAM));
    }

    @PostMapping("/newsroom/{id}/image/remove")
    public String removeImage(@PathVariable String id, RedirectAttributes flash) {
        return Outcomes.of(
                flash,
                "news.notice.imageRemoved",
                "redirect:/newsroom/" + Pages.safeId(id),
                () -> backend.send(HttpMethod.DELETE, Service.COMMUNITY, NEWS + "/" + id + "/image", null));
    }

    private static String form(
            Model model,
            @Nullable Map<String, Object> post,
            Map<String, String> fields,
            Map<String, String> errors,
            @Nullable String problem) {
        model.addAttribute("post", post);
        model.addAttribute("fields", fields);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("postLanguages", LANGUAGES);
        return "news/form";
    }

    /** The form's fields as typed, to show again with the refusal. */
    private static Map<String, String> fields(MultiValueMap<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.matches("(" + String.join("|", LANGUAGES) + ")\\.(" + FIELDS + ")") && !values.isEmpty()) {
                fields.put(name, values.getFirst());
            }
        });
        return fields;
    }

    /** English always (the service says what it lacks); another language only when something of it is written. */
    private static Map<String, Object> request(MultiValueMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            Map<String, Object> written = new LinkedHashMap<>();
            for (String field : FIELDS.split("\\|")) {
                String value = Pages.blankToNull(form.getFirst(language + "." + field));
                if (value != null) {
                    written.put(field, value);
                }
            }
            if (language.equals("en") || !written.isEmpty()) {
                body.put(language, written);
            }
        }
        return body;
    }
}
