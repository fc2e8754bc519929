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
 * The moderation queue: filter and page it, claim an item, read what was submitted and who flagged it,
 * decide it with a reason and a message to the author, decide several claimed items at once, and read
 * the audit trail. Items about the moderator's own entry or nomination are marked and offer no claim or
 * decision.
 */
@Controller
public class ModerationPages {

    public static final List<String> DECISIONS = List.of("APPROVED", "CHANGES_REQUESTED", "REJECTED");
    public static final List<String> REASONS =
            List.of("MEETS_GUIDELINES", "INCOMPLETE", "NOT_ICT_FOR_DEVELOPMENT", "DUPLICATE", "INAPPROPRIATE_CONTENT");

    private final Backend backend;

    public ModerationPages(Backend backend) {
        this.backend = backend;
    }

    @GetMapping("/moderation")
    public String queue(
            @RequestParam(defaultValue = "PENDING") String state,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        if (!state.isBlank()) {
            query.add("state", state);
        }
        if (!kind.isBlank()) {
            query.add("kind", kind);
        }
        query.add("sort", "oldest");
        query.add("page", String.valueOf(Math.max(0, page)));
        query.add("size", "25");
        Map<String, Object> result = backend.get(Service.MODERATION, "/api/moderation/items", query);
        model.addAttribute("result", result);
        model.addAttribute("state", state);
        model.addAttribute("kind", kind);
        model.addAttribute("page", Math.max(0, page));
        long total = ((Number) result.get("total")).longValue();
        model.addAttribute("pages", Math.max(1, (total + 24) / 25));
        model.addAttribute("decisions", DECISIONS);
        model.addAttribute("reasons", REASONS);
        return "moderation/queue";
    }

    @GetMapping("/moderation/items/{id}")
    public String item(@PathVariable String id, Model model) {
        Map<String, Object> item = backend.get(Service.MODERATION, "/api/moderation/items/" + id, null);
        model.addAttribute("item", item);
        model.addAttribute("audit", backend.list(Service.MODERATION, "/api/moderation/items/" + id + "/audit", null));
        boolean aboutAnEntry = "ENTRY".equals(item.get("subjectType"));
        boolean aboutAPost = "FORUM_POST".equals(item.get("subjectType"));
        model.addAttribute("flags", aboutAnEntry || aboutAPost ? flagsOn(id, item) : List.of());
        model.addAttribute("post", null);
        if (aboutAPost) {
            try {
                model.addAttribute(
                        "post",
                        backend.get(Service.COMMUNITY, "/api/community/forum/posts/" + item.get("subjectId"), null));
            } catch (BackendProblem notReadable) {
                model.addAttribute("post", null);
            }
        }
        if (aboutAnEntry) {
            try {
                model.addAttribute(
                        "entry", backend.get(Service.SUBMISSION, "/api/entries/" + item.get("subjectId"), null));
            } catch (BackendProblem notReadable) {
                model.addAttribute("entry", null);
            }
        }
        model.addAttribute("convening", conveningSubject(item));
        model.addAttribute("document", null);
        if ("DOCUMENT".equals(item.get("subjectType"))) {
            try {
                model.addAttribute(
                        "document",
                        backend.get(Service.COMMUNITY, "/api/community/documents/" + item.get("subjectId"), null));
            } catch (BackendProblem notReadable) {
                model.addAttribute("document", null);
            }
        }
        model.addAttribute("decisions", DECISIONS);
        model.addAttribute("reasons", REASONS);
        return "moderation/item";
    }

    /**
     * What a moderator reviews of a convenor's profile, an issue or a calendar event: the revision waiting,
     * as convening-service answers it to moderators (never a convenor's private contact details).
     */
    private @org.jspecify.annotations.Nullable Map<String, Object> conveningSubject(Map<String, Object> item) {
        String path = switch (String.valueOf(item.get("subjectType"))) {
            case "CONVENOR" -> "/api/convening/convenors/";
            case "CONVENOR_ISSUE" -> "/api/convening/issues/";
            case "CALENDAR_EVENT" -> "/api/convening/events/";
            case "WORKSHOP", "WORKSHOP_OUTCOME" -> "/api/convening/workshops/";
            default -> null;
        };
        if (path == null) {
            return null;
        }
        try {
            Map<String, Object> subject = new java.util.HashMap<>(backend.get(
                    Service.CONVENING,
                    path
                            + item.get("subjectId")
                            + ("WORKSHOP_OUTCOME".equals(item.get("subjectType")) ? "/outcome" : ""),
                    null));
            subject.put("kind", item.get("subjectType"));
            return subject;
        } catch (BackendProblem notReadable) {
            return null;
        }
    }

    /**
     * Who flagged the entry: for moderators other than its author, whom the service refuses. The page
     * still shows the item if the list cannot be had.
     */
    private List<Map<String, Object>> flagsOn(String id, Map<String, Object> item) {
        if (Boolean.TRUE.equals(item.get("ownItem"))) {
            return List.of();
        }
        try {
            return backend.list(Service.MODERATION, "/api/moderation/items/" + id + "/flags", null);
        } catch (BackendProblem notReadable) {
            return List.of();
        }
    }

    @PostMapping("/moderation/items/{id}/claim")
    public String claim(@PathVariable String id, RedirectAttributes flash) {
        return act(id, flash, "moderation.notice.claimed", null, "claim");
    }

    @PostMapping("/moderation/items/{id}/release")
    public String release(@PathVariable String id, RedirectAttributes flash) {
        return act(id, flash, "moderation.notice.released", null, "release");
    }

    @PostMapping("/moderation/items/{id}/decision")
    public String decide(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String reasonCode,
            @RequestParam(defaultValue = "") String message,
            RedirectAttributes flash) {
        return act(id, flash, "moderation.notice.decided", decision(decision, reasonCode, message), "decision");
    }

    @PostMapping("/moderation/bulk-decision")
    public String bulk(
            @RequestParam(defaultValue = "") List<String> itemIds,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String reasonCode,
            @RequestParam(defaultValue = "") String message,
            RedirectAttributes flash) {
        Map<String, Object> body = decision(decision, reasonCode, message);
        body.put("itemIds", itemIds);
        try {
            Map<String, Object> answer =
                    backend.send(HttpMethod.POST, Service.MODERATION, "/api/moderation/items/bulk-decision", body);
            flash.addFlashAttribute("bulkResults", answer == null ? List.of() : answer.get("results"));
            flash.addFlashAttribute("notice", "moderation.notice.bulk");
        } catch (BackendProblem problem) {
            Outcomes.refused(flash, problem);
        }
        return "redirect:/moderation?state=CLAIMED";
    }

    private static Map<String, Object> decision(String decision, String reasonCode, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision.isBlank() ? null : decision);
        body.put("reasonCode", reasonCode.isBlank() ? null : reasonCode);
        body.put("message", message.isBlank() ? null : message);
        return body;
    }

    private String act(
            String id, RedirectAttributes flash, String notice, @Nullable Map<String, Object> body, String action) {
        return Outcomes.of(
                flash,
                notice,
                "redirect:/moderation/items/" + id,
                () -> backend.send(
                        HttpMethod.POST, Service.MODERATION, "/api/moderation/items/" + id + "/" + action, body));
    }
}
