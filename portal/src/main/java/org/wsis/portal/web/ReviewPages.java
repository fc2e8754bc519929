package org.wsis.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wsis.portal.backend.Backend;
import org.wsis.portal.backend.Backend.Service;

/**
 * The experts' review: the nominations of the categories assigned to them in the edition under review,
 * each scored from 1 to 5 on five criteria with a comment, or declined for a conflict of interest. Their
 * own nominations and their organisation's come recused on their behalf, with no form to score them.
 */
@Controller
public class ReviewPages {

    static final List<String> CRITERIA =
            List.of("IMPACT", "INNOVATION", "SUSTAINABILITY", "REPLICABILITY", "ALIGNMENT");

    private final Backend backend;
    private final PrizePages prizes;

    public ReviewPages(Backend backend, PrizePages prizes) {
        this.backend = backend;
        this.prizes = prizes;
    }

    @GetMapping("/review")
    public String worklist(Model model) {
        // Makes the expert known to the prize service, whatever the phase, so that admins can assign them.
        Map<String, Object> me = backend.get(Service.PRIZE, "/api/prizes/experts/me", null);
        model.addAttribute("accountId", me.get("expertId"));
        Optional<Map<String, Object>> edition =
                prizes.currentEdition().filter(e -> "EXPERT_REVIEW".equals(e.get("phase")));
        model.addAttribute("edition", edition.orElse(null));
        model.addAttribute("criteria", CRITERIA);
        if (edition.isEmpty()) {
            return "review/worklist";
        }
        int year = ((Number) edition.get().get("year")).intValue();
        Map<String, Map<String, Object>> nominations = new LinkedHashMap<>();
        for (Map<String, Object> n :
                backend.list(Service.PRIZE, "/api/prizes/editions/" + year + "/nominations", null)) {
            nominations.put(String.valueOf(n.get("id")), n);
        }
        List<Map<String, Object>> items =
                backend.list(Service.PRIZE, "/api/prizes/editions/" + year + "/review", null).stream()
                        .map(review -> {
                            Map<String, Object> item = new LinkedHashMap<>(review);
                            item.put("nomination", nominations.get(String.valueOf(review.get("nominationId"))));
                            return item;
                        })
                        .toList();
        model.addAttribute("items", items);
        return "review/worklist";
    }

    @PostMapping("/review/{year}/nominations/{id}/scores")
    public String score(
            @PathVariable int year,
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes flash) {
        Map<String, Object> scores = new LinkedHashMap<>();
        for (String criterion : CRITERIA) {
            String value = form.getFirst("score." + criterion);
            scores.put(criterion, value == null || !value.matches("\\d") ? null : Integer.valueOf(value));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scores", scores);
        body.put("comment", form.getFirst("comment"));
        return act(
                flash,
                "review.notice.scored",
                () -> backend.send(
                        HttpMethod.POST,
                        Service.PRIZE,
                        "/api/prizes/editions/" + year + "/nominations/" + id + "/scores",
                        body));
    }

    @PostMapping("/review/{year}/nominations/{id}/recusal")
    public String recuse(
            @PathVariable int year,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes flash) {
        return act(
                flash,
                "review.notice.recused",
                () -> backend.send(
                        HttpMethod.POST,
                        Service.PRIZE,
                        "/api/prizes/editions/" + year + "/nominations/" + id + "/recusal",
                        Map.of("reason", reason)));
    }

    private static String act(RedirectAttributes flash, String notice, Runnable action) {
        return Outcomes.of(flash, notice, "redirect:/review", action);
    }
}
