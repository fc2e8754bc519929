package org.wsis.portal.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * What admins run: the Prize editions and their phases, expert assignment, shortlisting, Winners, the
 * review of suspicious ballots, the audit trail of all of these, and announcements by mail.
 */
@Controller
public class AdminPages {

    static final List<String> PHASES =
            List.of("PREPARATION", "SUBMISSION", "EXPERT_REVIEW", "VOTING", "SELECTION", "RESULTS_PUBLISHED");
    static final List<String> SEGMENTS = List.of("ALL_STAKEHOLDERS", "EDITION_VOTERS", "NOMINEE_OWNERS");
    static final List<String> REASONS =
            List.of("DISPOSABLE_EMAIL_DOMAIN", "NEW_ACCOUNT", "ACCOUNT_AGE_UNKNOWN", "NETWORK_BURST", "REGULAR_TIMING");

    private static final int AUDIT_PAGE = 50;

    private final Backend backend;

    public AdminPages(Backend backend) {
        this.backend = backend;
    }

    @GetMapping("/admin")
    public String editions(Model model) {
        List<Map<String, Object>> editions = new ArrayList<>(backend.list(Service.PRIZE, "/api/prizes/editions", null));
        editions.sort(Comparator.comparingInt((Map<String, Object> e) -> ((Number) e.get("year")).intValue())
                .reversed());
        model.addAttribute("editions", editions);
        model.addAttribute("phases", PHASES);
        return "admin/editions";
    }

    @PostMapping("/admin/editions")
    public String plan(
            @RequestParam(defaultValue = "") String year,
            @RequestParam(defaultValue = "false") boolean completeBallotRequired,
            RedirectAttributes flash) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", year.matches("\\d{4}") ? Integer.valueOf(year) : null);
        body.put("rules", Map.of("completeBallotRequired", completeBallotRequired));
        return act(
                flash,
                "admin.notice.planned",
                "redirect:/admin",
                () -> backend.send(HttpMethod.POST, Service.PRIZE, "/api/prizes/editions", body));
    }

    @PostMapping("/admin/editions/{year}/phase")
    public String advance(
            @PathVariable int year, @RequestParam String phase, @RequestParam long version, RedirectAttributes flash) {
        return act(
                flash,
                "admin.notice.phase",
                "redirect:/admin/prizes/" + year,
                () -> backend.sendIfMatch(
                        HttpMethod.POST,
                        Service.PRIZE,
                        "/api/prizes/editions/" + year + "/phase",
                        Map.of("phase", phase),
                        version));
    }

    @GetMapping("/admin/prizes/{year}")
    public String edition(@PathVariable int year, Model model) {
        Map<String, Object> edition = backend.get(Service.PRIZE, "/api/prizes/editions/" + year, null);
        model.addAttribute("edition", edition);
        int at = PHASES.indexOf(String.valueOf(edition.get("phase")));
        model.addAttribute("nextPhase", at >= 0 && at + 1 < PHASES.size() ? PHASES.get(at + 1) : null);
        Map<Integer, List<Map<String, Object>>> byCategory = new LinkedHashMap<>();
        for (Map<String, Object> n :
                backend.list(Service.PRIZE, "/api/prizes/editions/" + year + "/nominations", null)) {
            byCategory
                    .computeIfAbsent(((Number) n.get("category")).intValue(), c -> new ArrayList<>())
                    .add(n);
        }
        model.addAttribute("nominations", byCategory);
        String phase = String.valueOf(edition.get("phase"));
        boolean assignmentOpen = at >= 0 && at <= PHASES.indexOf("EXPERT_REVIEW");
        model.addAttribute("assignmentOpen", assignmentOpen);
        model.addAttribute(
                "experts", assignmentOpen ? backend.list(Service.PRIZE, "/api/prizes/experts", null) : List.of());
        if (List.of("VOTING", "SELECTION", "RESULTS_PUBLISHED").contains(phase)) {
            model.addAttribute(
                    "standings", backend.list(Service.PRIZE, "/api/prizes/editions/" + year + "/standings", null));
        }
        return "admin/edition";
    }

    @PostMapping("/admin/prizes/{year}/nominations/{id}/shortlist")
    public String shortlist(@PathVariable int year, @PathVariable String id, RedirectAttributes flash) {
        return act(
                flash,
                "admin.notice.shortlisted",
                "redirect:/admin/prizes/" + year,
                () -> backend.send(
                        HttpMethod.POST,
                        Service.PRIZE,
                        "/api/prizes/editions/" + year + "/nominations/" + id + "/shortlist",
                        null));
    }

    @PostMapping("/admin/prizes/{year}/experts")
    public String assign(
            @PathVariable int year,
            @RequestParam(defaultValue = "") String expertId,
            @RequestParam(defaultValue = "") List<Integer> categories,
            RedirectAttributes flash) {
        String expert = expertId.strip();
        if (expert.isEmpty()) {
            flash.addFlashAttribute("failure", "expertId: must not be blank");
            return "redirect:/admin/prizes/" + year;
        }
        return act(
                flash,
                "admin.notice.assigned",
                "redirect:/admin/prizes/" + year,
                () -> backend.send(
                        HttpMethod.PUT,
                        Service.PRIZE,
                        "/api/prizes/editions/" + year + "/experts/" + expert,
                        Map.of("categories", categories)));
    }

    @PostMapping("/admin/prizes/{year}/categories/{category}/winners")
    public String winners(
            @PathVariable int year,
            @PathVariable int category,
            @RequestParam(defaultValue = "") List<String> nominationIds,
            RedirectAttributes flash) {
        return act(
                flash,
                "admin.notice.winners",
                "redirect:/admin/prizes/" + year,
                () -> backend.send(
                        HttpMethod.POST,
                        Service.PRIZE,
                        "/api/prizes/editions/" + year + "/categories/" + category + "/winners",
                        Map.of("nominationIds", nominationIds)));
    }

    @GetMapping("/admin/prizes/{year}/ballots")
    public String ballots(
            @PathVariable int year,
            @RequestParam(defaultValue = "FLAGGED") String status,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        String base = "/api/prizes/editions/" + year + "/ballot-review";
        model.addAttribute("year", year);
        model.addAttribute("summary", backend.get(Service.PRIZE, base, null));
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        query.add("status", status);
        if (!reason.isBlank()) {
            query.add("reason", reason);
        }
        query.add("page", String.valueOf(Math.max(0, page)));
        query.add("size", "50");
        model.addAttribute("voters", backend.get(Service.PRIZE, base + "/voters", query));
        model.addAttribute("status", status);
        model.addAttribute("reason", reason);
        model.addAttribute("reasons", REASONS);
        return "admin/ballots";
    }

    @PostMapping("/admin/prizes/{year}/ballots")
    public String decideBallots(
            @PathVariable int year,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") List<String> voterIds,
            @RequestParam(defaultValue = "") String matchingReason,
            RedirectAttributes flash) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision.isBlank() ? null : decision);
        if (!matchingReason.isBlank()) {
            Map<String, Object> matching = new LinkedHashMap<>();
            matching.put("status", "FLAGGED");
            matching.put("reason", matchingReason);
            body.put("matching", matching);
        } else {
            body.put("voterIds", voterIds);
        }
        try {
            Map<String, Object> result = backend.send(
                    HttpMethod.POST, Service.PRIZE, "/api/prizes/editions/" + year + "/ballot-review/decisions", body);
            flash.addFlashAttribute("notice", "admin.notice.ballots");
            flash.addFlashAttribute(
                    "noticeArgs", List.of(result == null ? 0 : ((Number) result.get("decided")).intValue()));
        } catch (BackendProblem problem) {
            Outcomes.refused(flash, problem);
        }
        return "redirect:/admin/prizes/" + year + "/ballots";
    }

    /** The edition's audit trail: who did what to its outcome, and when, newest first. */
    @GetMapping("/admin/prizes/{year}/audit")
    public String audit(@PathVariable int year, @RequestParam(defaultValue = "0") int page, Model model) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        query.add("page", String.valueOf(Math.max(0, page)));
        query.add("size", String.valueOf(AUDIT_PAGE));
        Map<String, Object> trail = backend.get(Service.PRIZE, "/api/prizes/editions/" + year + "/audit", query);
        long total = ((Number) trail.get("total")).longValue();
        model.addAttribute("year", year);
        model.addAttribute("trail", trail);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("pages", (int) ((total + AUDIT_PAGE - 1) / AUDIT_PAGE));
        return "admin/audit";
    }

    @GetMapping("/admin/broadcasts")
    public String broadcasts(Model model) {
        model.addAttribute("broadcasts", backend.list(Service.NOTIFICATION, "/api/notifications/broadcasts", null));
        model.addAttribute("segments", SEGMENTS);
        model.addAttribute("textLanguages", Languages.ALL);
        return "admin/broadcasts";
    }

    @PostMapping("/admin/broadcasts")
    public String broadcast(@RequestParam MultiValueMap<String, String> form, RedirectAttributes flash) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("segment", blankToNull(form.getFirst("segment")));
        String edition = form.getFirst("edition");
        body.put("edition", edition != null && edition.matches("\\d{4}") ? Integer.valueOf(edition) : null);
        String rate = form.getFirst("ratePerSecond");
        body.put("ratePerSecond", rate != null && rate.matches("\\d{1,5}") ? Integer.valueOf(rate) : null);
        Map<String, Object> texts = new LinkedHashMap<>();
        for (Languages.Language language : Languages.ALL) {
            String subject = blankToNull(form.getFirst("subject." + language.code()));
            String text = blankToNull(form.getFirst("body." + language.code()));
            if (subject != null || text != null) {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("subject", subject);
                t.put("body", text);
                texts.put(language.code(), t);
            }
        }
        body.put("texts", texts);
        return act(
                flash,
                "admin.notice.broadcast",
                "redirect:/admin/broadcasts",
                () -> backend.send(HttpMethod.POST, Service.NOTIFICATION, "/api/notifications/broadcasts", body));
    }

    private static @org.jspecify.annotations.Nullable String blankToNull(@org.jspecify.annotations.Nullable String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String act(RedirectAttributes flash, String notice, String then, Runnable action) {
        return Outcomes.of(flash, notice, then, action);
    }
}
