package org.wsis.portal.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wsis.portal.backend.Backend;
import org.wsis.portal.backend.Backend.Service;
import org.wsis.portal.backend.BackendProblem;

/**
 * The privacy page: what the platform keeps about a person and why, anyone may read it; a signed-in
 * person downloads everything the four services hold about them as one JSON file, and erases their
 * account, then is signed out (here and at Keycloak).
 */
@Controller
public class PrivacyPages {

    /** Where each service answers the caller's own data, in the order the download lists them. */
    static final Map<String, Export> EXPORTS = exports();

    record Export(Service service, String path) {}

    private static Map<String, Export> exports() {
        Map<String, Export> exports = new LinkedHashMap<>();
        exports.put("entries", new Export(Service.SUBMISSION, "/api/entries/mine/export"));
        exports.put("moderation", new Export(Service.MODERATION, "/api/moderation/mine/export"));
        exports.put("prizes", new Export(Service.PRIZE, "/api/prizes/mine/export"));
        exports.put("notifications", new Export(Service.NOTIFICATION, "/api/notifications/mine/export"));
        exports.put("convening", new Export(Service.CONVENING, "/api/convening/mine/export"));
        exports.put("community", new Export(Service.COMMUNITY, "/api/community/mine/export"));
        return java.util.Collections.unmodifiableMap(exports);
    }

    private final Backend backend;
    private final OidcClientInitiatedLogoutSuccessHandler signedOutToPrivacyPage;

    public PrivacyPages(Backend backend, ClientRegistrationRepository registrations) {
        this.backend = backend;
        this.signedOutToPrivacyPage = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        this.signedOutToPrivacyPage.setPostLogoutRedirectUri("{baseUrl}/privacy?erased");
    }

    @GetMapping("/privacy")
    public String page(@RequestParam(required = false) @Nullable String erased, Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of("entries", "WITHDRAW", "transferTo", "", "confirmation", ""));
        }
        model.addAttribute("erased", erased != null);
        return "privacy";
    }

    /** Signing in from the privacy page comes back to it: this page needs a session, and leads there. */
    @GetMapping("/account/privacy")
    public String signedIn() {
        return "redirect:/privacy";
    }

    /**
     * Everything the services hold about the signed-in person, gathered into one file. A service that
     * does not answer fails the whole download (the portal's error page): a file that silently lacks a
     * part would mislead.
     */
    @GetMapping("/account/privacy/export")
    @ResponseBody
    public ResponseEntity<Map<String, Object>> export(Authentication person) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("account", person.getName());
        data.put("exportedAt", Instant.now().toString());
        EXPORTS.forEach((part, export) -> data.put(part, backend.get(export.service(), export.path(), null)));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("wsis-my-data.json")
                                .build()
                                .toString())
                .body(data);
    }

    /**
     * Erases the signed-in person's account through the notification service, which checks the request
     * field by field and announces the erasure to every service. Once it is accepted the person is signed
     * out, at Keycloak too, and comes back to this page; a refusal shows each field's error.
     */
    @PostMapping("/account/privacy/erase")
    public @Nullable String erase(
            @RequestParam(required = false) @Nullable String entries,
            @RequestParam(required = false) @Nullable String transferTo,
            @RequestParam(required = false) @Nullable String confirmation,
            Authentication person,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes flash)
            throws IOException, ServletException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entries", entries);
        body.put("transferTo", "TRANSFER".equals(entries) ? blankToNull(transferTo) : null);
        body.put("confirmation", confirmation);
        try {
            backend.send(HttpMethod.POST, Service.NOTIFICATION, "/api/notifications/mine/erasure", body);
        } catch (BackendProblem problem) {
            Map<String, String> errors = Outcomes.fieldErrors(problem);
            if (errors.isEmpty()) {
                flash.addFlashAttribute("failure", problem.detail());
            }
            flash.addFlashAttribute("errors", errors);
            Map<String, String> form = new LinkedHashMap<>();
            form.put("entries", entries == null ? "WITHDRAW" : entries);
            form.put("transferTo", transferTo == null ? "" : transferTo);
            form.put("confirmation", confirmation == null ? "" : confirmation);
            flash.addFlashAttribute("form", form);
            return "redirect:/privacy#erase";
        }
        new SecurityContextLogoutHandler().logout(request, response, person);
        signedOutToPrivacyPage.onLogoutSuccess(request, response, person);
        return null;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
