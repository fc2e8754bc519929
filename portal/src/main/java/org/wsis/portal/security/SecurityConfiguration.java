package org.wsis.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;
import org.wsis.portal.PortalProperties;

/**
 * Who may see what, and how the browser is told to protect the pages.
 *
 * <ul>
 *   <li>Sign-in: OpenID Connect with Keycloak, authorization code with PKCE (S256); Keycloak's pages
 *       open in the portal's current language; {@code ?register} opens its registration form.
 *   <li>Who may open which page: {@link PageGates}. Pages for signed-in people need a session; role pages
 *       need the role (the services check again).
 *   <li>{@code /api/**} is open here: the services decide, with the bearer token relayed.
 *   <li>CSRF tokens on every form and htmx request of a session; only {@code /api/**} calls carrying their
 *       own bearer token, API calls without a session, and the unsubscribe link (signed, used from a mail
 *       client) do without, since they do not use the session.
 *   <li>Headers: a strict Content-Security-Policy (no inline script or style, no framing), referrer
 *       policy {@code same-origin}, no sniffing, a Permissions-Policy switching off what pages never use.
 * </ul>
 */
@Configuration
public class SecurityConfiguration {

    static final String PORTAL_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                    + "form-action 'self' %s";

    /** The notification service's own unsubscribe page: its style inline, nothing else. */
    static final String UNSUBSCRIBE_PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain portal(
            HttpSecurity http,
            ClientRegistrationRepository registrations,
            UserTokens tokens,
            PortalProperties properties,
            LocaleResolver locales,
            @Value("${spring.security.oauth2.client.provider.keycloak.issuer-uri}") URI issuer)
            throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher unsubscribe = paths.matcher("/api/notifications/unsubscribe");
        String keycloakOrigin = issuer.getScheme() + "://" + issuer.getAuthority();
        // An API call with neither a bearer token nor a session cookie carries no credentials a forged
        // request could ride on: it goes on to the service, which answers 401 where a token is needed.
        RequestMatcher api = paths.matcher("/api/**");
        RequestMatcher sessionlessApiCall = request -> request.getRequestedSessionId() == null && api.matches(request);
        // An API call with its own bearer token is relayed with that token, never the session's, so a forged
        // request gains nothing from the cookie; and a browser cannot add the header across sites without CORS,
        // which the portal does not allow. Any other Authorization header, or any path outside /api, gets no
        // exemption: a form post to a page must carry its CSRF token whatever headers come with it.
        RequestMatcher bearerApiCall = request -> api.matches(request) && bearer(request);

        DefaultOAuth2AuthorizationRequestResolver resolver =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce()
                .andThen(request -> request.additionalParameters(parameters -> {
                    HttpServletRequest current = currentRequest();
                    if (current == null) {
                        return;
                    }
                    parameters.put("ui_locales", keycloakLocale(locales.resolveLocale(current)));
                    if (current.getParameter("register") != null) {
                        parameters.put("prompt", "create");
                    }
                })));

        OidcClientInitiatedLogoutSuccessHandler loggedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        loggedOut.setPostLogoutRedirectUri("{baseUrl}/");

        http.authorizeHttpRequests(auth -> PageGates.apply(auth, paths))
                .oauth2Login(login -> login.authorizationEndpoint(a -> a.authorizationRequestResolver(resolver))
                        .userInfoEndpoint(u -> u.oidcUserService(new RealmRoles()))
                        .successHandler(new SignedIn(tokens, properties)))
                .logout(logout -> logout.logoutSuccessHandler(loggedOut))
                .csrf(csrf -> csrf.ignoringRequestMatchers(bearerApiCall, unsubscribe, sessionlessApiCall))
                .headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(unsubscribe),
                                new StaticHeadersWriter(
                                        "Content-Security-Policy", PORTAL_POLICY.formatted(keycloakOrigin))))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                unsubscribe,
                                new StaticHeadersWriter("Content-Security-Policy", UNSUBSCRIBE_PAGE_POLICY)))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter(
                                "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")));
        return http.build();
    }

    static boolean bearer(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** Keycloak names Chinese {@code zh-CN}; the other five are plain language codes. */
    static String keycloakLocale(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? "zh-CN" : locale.getLanguage();
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }

    /** Tokens live in the server-side session, never in the browser. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(
            ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager =
                new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }
}
