package org.wsis.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wsis.portal.backend.Backend;
import org.wsis.portal.backend.Backend.Service;
import org.wsis.portal.backend.BackendProblem;

/** Notification preferences: how often each kind of mail comes, and when digests arrive. */
@Controller
public class AccountPages {

    private final Backend backend;

    public AccountPages(Backend backend) {
        this.backend = backend;
    }

    @GetMapping("/account/notifications")
    public String preferences(Model model) {
        if (!model.containsAttribute("preferences")) {
            model.addAttribute(
                    "preferences", backend.get(Service.NOTIFICATION, "/api/notifications/preferences", null));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        model.addAttribute(
                "zones",
                java.time.ZoneId.getAvailableZoneIds().stream()
                        .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
                        .sorted()
                        .toList());
        return "account/notifications";
    }

    @PostMapping("/account/notifications")
    public String save(@RequestParam MultiValueMap<String, String> form, RedirectAttributes flash) {
        // Every kind of mail the page shows (the service lists them), as chosen; the service refuses what is
        // not one, field by field.
        Map<String, Object> frequencies = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.matches("frequency\\.[A-Z_]{1,40}") && !values.isEmpty()) {
                frequencies.put(name.substring("frequency.".length()), values.getFirst());
            }
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("frequencies", frequencies);
        String hour = form.getFirst("digestHour");
        body.put("digestHour", hour == null || !hour.matches("-?\\d{1,3}") ? hour : Integer.valueOf(hour));
        body.put("digestDay", form.getFirst("digestDay"));
        body.put("timeZone", form.getFirst("timeZone"));
        try {
            backend.send(HttpMethod.PUT, Service.NOTIFICATION, "/api/notifications/preferences", body);
            flash.addFlashAttribute("notice", "preferences.notice.saved");
        } catch (BackendProblem problem) {
            flash.addFlashAttribute("failure", problem.detail());
            flash.addFlashAttribute("errors", Outcomes.fieldErrors(problem));
        }
        return "redirect:/account/notifications";
    }
}
