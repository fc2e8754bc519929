package org.wsis.portal.web;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.wsis.portal.backend.Backend;
import org.wsis.portal.backend.Backend.Service;

/** The front page: what the platform is, how many entries it holds, and the Prizes' current phase. */
@Controller
public class HomePage {

    private final Backend backend;
    private final PrizePages prizes;

    public HomePage(Backend backend, PrizePages prizes) {
        this.backend = backend;
        this.prizes = prizes;
    }

    @GetMapping("/")
    public String home(Model model) {
        try {
            Map<String, Object> statistics = backend.get(Service.SUBMISSION, "/api/entries/statistics", null);
            model.addAttribute("published", statistics.get("total"));
        } catch (RuntimeException unavailable) {
            model.addAttribute("published", null);
        }
        try {
            model.addAttribute("edition", prizes.currentEdition().orElse(null));
        } catch (RuntimeException unavailable) {
            model.addAttribute("edition", null);
        }
        return "home";
    }

    /** Where "Sign in" leads: signing in happens on the way, then back to the front page. */
    @GetMapping("/sign-in")
    public String signIn() {
        return "redirect:/";
    }
}
