package org.wsis.portal.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.wsis.portal.gateway.ApiDocuments;

/**
 * The API documentation: each service's OpenAPI document in Swagger UI, one service at a time, with how
 * the API refuses (problem details) and how to call it (a bearer token of the realm, or a signed-in
 * session).
 */
@Controller
public class ApiDocsPage {

    @GetMapping("/api/docs")
    public String docs(@RequestParam(required = false) @Nullable String service, Model model) {
        String shown = service != null && ApiDocuments.SERVICES.contains(service) ? service : "submission";
        model.addAttribute("services", ApiDocuments.SERVICES);
        model.addAttribute("shown", shown);
        model.addAttribute("path", "/api/docs");
        return "api-docs";
    }
}
