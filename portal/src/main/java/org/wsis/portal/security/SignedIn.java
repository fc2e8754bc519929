package org.wsis.portal.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.wsis.portal.PortalProperties;

/**
 * After signing in: the notification service reads the person's preferences once, which records who
 * they are, in which language they read and, for moderators, enrols them in the queue digest. Then
 * back to the page they came from. A notification service that does not answer delays nothing.
 */
public class SignedIn extends SavedRequestAwareAuthenticationSuccessHandler {

    private static final Logger log = LoggerFactory.getLogger(SignedIn.class);

    private final UserTokens tokens;
    private final URI preferences;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public SignedIn(UserTokens tokens, PortalProperties properties) {
        this.tokens = tokens;
        this.preferences = properties.services().notification().resolve("/api/notifications/preferences");
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        tokens.accessToken(authentication, request, response).ifPresent(token -> {
            HttpRequest read = HttpRequest.newBuilder(preferences)
                    .timeout(Duration.ofSeconds(3))
                    .header("Authorization", "Bearer " + token)
                    .GET()
                    .build();
            http.sendAsync(read, HttpResponse.BodyHandlers.discarding()).whenComplete((answer, failure) -> {
                if (failure != null || answer.statusCode() != 200) {
                    log.warn(
                            "Could not introduce {} to the notification service: {}",
                            authentication.getName(),
                            failure != null ? failure.toString() : answer.statusCode());
                }
            });
        });
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
