package org.wsis.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page's frame needs: who is signed in, the language links and the writing direction. */
@ControllerAdvice
public class PageModel {

    /** The signed-in person as the pages show them; null for a visitor. */
    public record User(String id, String name, String email, Set<String> roles) {
        public boolean has(String role) {
            return roles.contains(role);
        }
    }

    /** A language link: the same page in that language. */
    public record LanguageLink(String code, String name, String href, boolean current) {}

    @ModelAttribute("user")
    public @Nullable User user(@Nullable Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser oidc)) {
            return null;
        }
        Set<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .collect(Collectors.toUnmodifiableSet());
        String name = oidc.getFullName() != null ? oidc.getFullName() : oidc.getPreferredUsername();
        return new User(
                oidc.getSubject(), name == null ? oidc.getSubject() : name, String.valueOf(oidc.getEmail()), roles);
    }

    @ModelAttribute("languages")
    public List<LanguageLink> languages(HttpServletRequest request, Locale locale) {
        return Languages.ALL.stream()
                .map(l -> new LanguageLink(
                        l.code(),
                        l.name(),
                        ServletUriComponentsBuilder.fromRequest(request)
                                .replaceQueryParam("lang", l.code())
                                .replaceQueryParam("continue")
                                .build()
                                .toUriString()
                                .replaceFirst("^https?://[^/]+", ""),
                        l.code().equals(locale.getLanguage())))
                .toList();
    }

    @ModelAttribute("dir")
    public String dir(Locale locale) {
        return Languages.rightToLeft(locale) ? "rtl" : "ltr";
    }

    @ModelAttribute("lang")
    public String lang(Locale locale) {
        return locale.getLanguage();
    }

    @ModelAttribute("path")
    public String path(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
