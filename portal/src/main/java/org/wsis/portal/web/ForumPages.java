package org.wsis.portal.web;

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
 * The forum: its categories, a category's threads, a thread with its posts (a reply form, follow, flag; a
 * post's author changes it within the edit window or withdraws it; moderators lock, open and move the
 * thread); signed in, a new thread (in a category, or about an entry, an issue or a workshop) and the
 * threads one follows. Flags on posts and on entries go to the moderation service.
 */
@Controller
public class ForumPages {

    private static final String FORUM = "/api/community/forum";
    private static final String ABOUT = "(ENTRY|ISSUE|WORKSHOP):[A-Za-z0-9_-]{1,100}";

    private final Backend backend;

    public ForumPages(Backend backend) {
        this.backend = backend;
    }

    @GetMapping("/forum")
    public String forum(@RequestParam(required = false) @Nullable String about, Model model) {
        model.addAttribute("categories", backend.list(Service.COMMUNITY, FORUM + "/categories", null));
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        if (about != null && about.matches(ABOUT)) {
            query.add("about", about);
            model.addAttribute("about", about);
        }
        model.addAttribute("recent", backend.get(Service.COMMUNITY, FORUM + "/threads", query));
        return "forum/forum";
    }

    @GetMapping("/forum/categories/{category}")
    public String category(@PathVariable String category, @RequestParam(defaultValue = "0") int page, Model model) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        query.add("category", category);
        query.add("page", String.valueOf(Math.max(0, page)));
        model.addAttribute("threads", backend.get(Service.COMMUNITY, FORUM + "/threads", query));
        model.addAttribute("category", category);
        return "forum/category";
    }

    @GetMapping("/forum/threads/{id}")
    public String thread(@PathVariable String id, @RequestParam(defaultValue = "0") String page, Model model) {
        model.addAttribute("page", threadPage(id, page));
        model.addAttribute("categories", categoryIds());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "forum/thread";
    }

    /** A page of the thread: a number from 0, or {@code last} (where a new reply lands). */
    private Map<String, Object> threadPage(String id, String page) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        int number = page.matches("[0-9]{1,4}") ? Integer.parseInt(page) : 0;
        query.add("page", String.valueOf(number));
        Map<String, Object> shown = backend.get(Service.COMMUNITY, FORUM + "/threads/" + id, query);
        if ("last".equals(page)) {
            long total = ((Number) shown.get("total")).longValue();
            int size = ((Number) shown.get("size")).intValue();
            int last = (int) Math.max(0, (total - 1) / size);
            if (last > 0) {
                query.set("page", String.valueOf(last));
                shown = backend.get(Service.COMMUNITY, FORUM + "/threads/" + id, query);
            }
        }
        return shown;
    }

    // --- signed in ---

    @GetMapping("/my/forum")
    public String following(Model model) {
        model.addAttribute("threads", backend.list(Service.COMMUNITY, FORUM + "/subscriptions", null));
        return "forum/mine";
    }

    @GetMapping("/my/forum/new")
    public String newThread(
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String about,
            @RequestParam(required = false) @Nullable String title,
            Model model) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("categoryId", category);
        form.put("about", about != null && about.matches(ABOUT) ? about : null);
        form.put("aboutTitle", title);
        model.addAttribute("form", form);
        model.addAttribute("errors", Map.of());
        model.addAttribute("categories", categoryIds());
        return "forum/new";
    }

    @PostMapping("/my/forum/threads")
    public String start(@RequestParam MultiValueMap<String, String> form, Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("categoryId", Pages.blankToNull(form.getFirst("categoryId")));
        body.put("title", Pages.blankToNull(form.getFirst("title")));
        body.put("body", Pages.blankToNull(form.getFirst("body")));
        String about = form.getFirst("about");
        if (about != null && about.matches(ABOUT)) {
            body.put(
                    "about",
                    Map.of(
                            "kind",
                            about.substring(0, about.indexOf(':')),
                            "id",
                            about.substring(about.indexOf(':') + 1)));
        }
        try {
            Map<String, Object> started = backend.send(HttpMethod.POST, Service.COMMUNITY, FORUM + "/threads", body);
            @SuppressWarnings("unchecked")
            Map<String, Object> thread = (Map<String, Object>)
                    java.util.Objects.requireNonNull(started).get("thread");
            return "redirect:/forum/threads/" + thread.get("id");
        } catch (BackendProblem problem) {
            model.addAttribute("form", new LinkedHashMap<>(form.toSingleValueMap()));
            model.addAttribute("errors", Outcomes.fieldErrors(problem));
            model.addAttribute("problem", problem.detail());
            model.addAttribute("categories", categoryIds());
            return "forum/new";
        }
    }

    @PostMapping("/my/forum/threads/{id}/reply")
    public String reply(
            @PathVariable String id, @RequestParam(required = false) @Nullable String body, RedirectAttributes flash) {
        try {
            Map<String, Object> post = backend.send(
                    HttpMethod.POST,
                    Service.COMMUNITY,
                    FORUM + "/threads/" + id + "/posts",
                    Map.of("body", body == null ? "" : body));
            flash.addFlashAttribute("notice", "forum.notice.replied");
            return "redirect:/forum/threads/" + Pages.safeId(id) + "?page=last#post-"
                    + java.util.Objects.requireNonNull(post).get("id");
        } catch (BackendProblem problem) {
            flash.addFlashAttribute("errors", Outcomes.fieldErrors(problem));
            flash.addFlashAttribute("replyProblem", problem.detail());
            flash.addFlashAttribute("replyBody", body);
            return "redirect:/forum/threads/" + Pages.safeId(id) + "#reply";
        }
    }

    @PostMapping("/my/forum/threads/{id}/follow")
    public String follow(@PathVariable String id, RedirectAttributes flash) {
        return Outcomes.of(
                flash,
                "forum.notice.following",
                "redirect:/forum/threads/" + Pages.safeId(id),
                () -> backend.send(
                        HttpMethod.PUT, Service.COMMUNITY, FORUM + "/threads/" + id + "/subscription", null));
    }

    @PostMapping("/my/forum/threads/{id}/unfollow")
    public String unfollow(@PathVariable String id, RedirectAttributes flash) {
        return Outcomes.of(
                flash,
                "forum.notice.unfollowed",
                "redirect:/forum/threads/" + Pages.safeId(id),
                () -> backend.send(
                        HttpMethod.DELETE, Service.COMMUNITY, FORUM + "/threads/" + id + "/subscription", null));
    }

    @GetMapping("/my/forum/posts/{id}/edit")
    public String edit(@PathVariable String id, Model model) {
        Map<String, Object> post = backend.get(Service.COMMUNITY, FORUM + "/posts/" + id, null);
        model.addAttribute("post", post);
        model.addAttribute("body", post.get("markdown"));
        model.addAttribute("errors", Map.of());
        return "forum/edit";
    }

    @PostMapping("/my/forum/posts/{id}")
    public String change(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String body,
            @RequestParam(required = false) @Nullable String version,
            Model model) {
        try {
            Map<String, Object> change = Map.of("body", body == null ? "" : body);
            Map<String, Object> post = version == null
                    ? backend.send(HttpMethod.PUT, Service.COMMUNITY, FORUM + "/posts/" + id, change)
                    : backend.sendIfMatch(
                            HttpMethod.PUT, Service.COMMUNITY, FORUM + "/posts/" + id, change, Long.parseLong(version));
            return "redirect:/forum/threads/"
                    + java.util.Objects.requireNonNull(post).get("threadId") + "#post-" + id;
        } catch (BackendProblem | NumberFormatException problem) {
            Map<String, Object> post = backend.get(Service.COMMUNITY, FORUM + "/posts/" + id, null);
            model.addAttribute("post", post);
            model.addAttribute("body", body);
            model.addAttribute("errors", problem instanceof BackendProblem p ? Outcomes.fieldErrors(p) : Map.of());
            model.addAttribute("problem", problem instanceof BackendProblem p ? p.detail() : problem.getMessage());
            return "forum/edit";
        }
    }

    @PostMapping("/my/forum/posts/{id}/withdraw")
    public String withdraw(@PathVariable String id, @RequestParam String threadId, RedirectAttributes flash) {
        return Outcomes.of(
                flash,
                "forum.notice.withdrawn",
                "redirect:/forum/threads/" + Pages.safeId(threadId),
                () -> backend.send(HttpMethod.POST, Service.COMMUNITY, FORUM + "/posts/" + id + "/withdraw", null));
    }

    /** Flags a post or an entry, with the reason; back to the page it was flagged from. */
    @PostMapping("/my/flags")
    public String flag(
            @RequestParam(required = false) @Nullable String postId,
            @RequestParam(required = false) @Nullable String entryId,
            @RequestParam(required = false) @Nullable String threadId,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable String text,
            RedirectAttributes flash) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("postId", Pages.blankToNull(postId));
        body.put("entryId", Pages.blankToNull(entryId));
        body.put("reason", Pages.blankToNull(reason));
        body.put("text", Pages.blankToNull(text));
        String back = postId != null && threadId != null
                ? "redirect:/forum/threads/" + Pages.safeId(threadId) + "#post-" + Pages.safeId(postId)
                : "redirect:/entries/" + Pages.safeId(entryId == null ? "" : entryId);
        return Outcomes.of(
                flash,
                "flag.notice.sent",
                back,
                () -> backend.send(HttpMethod.POST, Service.MODERATION, "/api/moderation/flags", body));
    }

    // --- moderators ---

    @PostMapping("/moderation/forum/threads/{id}/lock")
    public String lock(@PathVariable String id, RedirectAttributes flash) {
        return Outcomes.of(
                flash,
                "forum.notice.locked",
                "redirect:/forum/threads/" + Pages.safeId(id),
                () -> backend.send(HttpMethod.POST, Service.COMMUNITY, FORUM + "/threads/" + id + "/lock", null));
    }

    @PostMapping("/moderation/forum/threads/{id}/unlock")
    public String unlock(@PathVariable String id, RedirectAttributes flash) {
        return Outcomes.of(
                flash,
                "forum.notice.unlocked",
                "redirect:/forum/threads/" + Pages.safeId(id),
                () -> backend.send(HttpMethod.POST, Service.COMMUNITY, FORUM + "/threads/" + id + "/unlock", null));
    }

    @PostMapping("/moderation/forum/threads/{id}/move")
    public String move(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String categoryId,
            RedirectAttributes flash) {
        return Outcomes.of(
                flash,
                "forum.notice.moved",
                "redirect:/forum/threads/" + Pages.safeId(id),
                () -> backend.send(
                        HttpMethod.POST,
                        Service.COMMUNITY,
                        FORUM + "/threads/" + id + "/move",
                        Map.of("categoryId", categoryId == null ? "" : categoryId)));
    }

    /** The categories' ids in the forum's order, for the forms that choose one. */
    static List<String> categoryIds() {
        return List.of(
                "general",
                "stocktaking",
                "prizes",
                "convening",
                "c1",
                "c2",
                "c3",
                "c4",
                "c5",
                "c6",
                "c7",
                "c8",
                "c9",
                "c10",
                "c11");
    }

    /** An id put back into a redirect: only the characters ids have. */
}
