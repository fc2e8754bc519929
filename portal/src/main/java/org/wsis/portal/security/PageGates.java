package org.wsis.portal.security;

import java.util.List;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may open which of the portal's pages (and post its forms), in one table: the first gate whose
 * pattern matches a path decides. Every page the portal maps is under a gate (a test checks it), so a new
 * page states who may open it; the services check the same roles again for the data behind it.
 */
public final class PageGates {

    /** Who passes a gate. */
    public enum Access {
        /** Everyone, signed in or not. */
        ANYONE,
        /** Anyone signed in: every account holds the stakeholder role. */
        SIGNED_IN,
        MODERATOR,
        EXPERT,
        ADMIN,
        /** The programme's admins: role {@code admin} or {@code programme}. */
        PROGRAMME,
        /** The newsroom's editors: role {@code editor} or {@code admin}. */
        EDITOR,
        /**
         * The moderation queue: moderators, and the programme's admins for the proposed workshops on their
         * desk (moderation-service shows each only their own desk).
         */
        QUEUE;

        /** The realm role the gate needs, if it needs one. */
        public String role() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A path pattern (Spring's {@code PathPattern} syntax) and who passes. */
    public record Gate(String pattern, Access access) {}

    /** The gates, in the order they are tried. */
    public static final List<Gate> GATES = List.of(
            // Role pages.
            new Gate("/moderation/**", Access.QUEUE),
            new Gate("/review/**", Access.EXPERT),
            new Gate("/admin/**", Access.ADMIN),
            new Gate("/programme/{venueId}/board/**", Access.PROGRAMME),
            new Gate("/newsroom", Access.EDITOR),
            new Gate("/newsroom/**", Access.EDITOR),
            new Gate("/reports/{year}/edit", Access.EDITOR),
            new Gate("/reports/{year}/generate", Access.EDITOR),
            new Gate("/reports/{year}/stories", Access.EDITOR),
            // A person's own pages, the vote and the way in.
            new Gate("/my/**", Access.SIGNED_IN),
            new Gate("/account/**", Access.SIGNED_IN),
            new Gate("/sign-in", Access.SIGNED_IN),
            new Gate("/prizes/{year}/vote/**", Access.SIGNED_IN),
            // Public pages.
            new Gate("/", Access.ANYONE),
            new Gate("/entries", Access.ANYONE),
            new Gate("/entries/{id}", Access.ANYONE),
            new Gate("/convening", Access.ANYONE),
            new Gate("/convening/**", Access.ANYONE),
            new Gate("/calendar", Access.ANYONE),
            new Gate("/calendar/**", Access.ANYONE),
            new Gate("/statistics", Access.ANYONE),
            new Gate("/forum", Access.ANYONE),
            new Gate("/forum/**", Access.ANYONE),
            new Gate("/news", Access.ANYONE),
            new Gate("/news/{id}", Access.ANYONE),
            new Gate("/repository", Access.ANYONE),
            new Gate("/repository/{id}", Access.ANYONE),
            new Gate("/reports", Access.ANYONE),
            new Gate("/reports/{year}", Access.ANYONE),
            new Gate("/reports/{year}/pdf", Access.ANYONE),
            new Gate("/programme", Access.ANYONE),
            new Gate("/programme/**", Access.ANYONE),
            new Gate("/workshops/{id}", Access.ANYONE),
            new Gate("/prizes", Access.ANYONE),
            new Gate("/prizes/{year}/results", Access.ANYONE),
            new Gate("/prizes/{year}/nominees", Access.ANYONE),
            new Gate("/prizes/{year}/nominations/{id}", Access.ANYONE),
            // What the platform keeps about people and why; its download and erasure are under /account.
            new Gate("/privacy", Access.ANYONE),
            // The API gateway: each service decides, with the caller's token relayed.
            new Gate("/api/**", Access.ANYONE),
            // Sign-in and sign-out with Keycloak, error pages, styles and scripts, probes and metrics.
            new Gate("/oauth2/**", Access.ANYONE),
            new Gate("/login/**", Access.ANYONE),
            new Gate("/logout", Access.ANYONE),
            new Gate("/error", Access.ANYONE),
            new Gate("/css/**", Access.ANYONE),
            new Gate("/js/**", Access.ANYONE),
            new Gate("/favicon.ico", Access.ANYONE),
            new Gate("/favicon.svg", Access.ANYONE),
            new Gate("/actuator/**", Access.ANYONE));

    private PageGates() {}

    /**
     * Applies the gates; what no gate names (a path no page answers) is left to the rest, which answers
     * 404 to everyone alike.
     */
    static void apply(
            AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry auth,
            PathPatternRequestMatcher.Builder paths) {
        for (Gate gate : GATES) {
            var matched = auth.requestMatchers(paths.matcher(gate.pattern()));
            switch (gate.access()) {
                case ANYONE -> matched.permitAll();
                case SIGNED_IN -> matched.authenticated();
                case PROGRAMME -> matched.hasAnyRole("admin", "programme");
                case EDITOR -> matched.hasAnyRole("editor", "admin");
                case QUEUE -> matched.hasAnyRole("moderator", "admin", "programme");
                default -> matched.hasRole(gate.access().role());
            }
        }
        auth.anyRequest().permitAll();
    }
}
