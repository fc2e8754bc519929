package org.wsis.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;

/**
 * The signed-in person's access token, refreshed through Keycloak when it has expired. Tokens stay in
 * the server-side session; the browser only ever holds the session cookie.
 */
@Component
public class UserTokens {

    private static final Logger log = LoggerFactory.getLogger(UserTokens.class);

    public static final String REGISTRATION = "keycloak";

    private final OAuth2AuthorizedClientManager clients;

    public UserTokens(OAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    /** The token to send on the person's behalf; empty when nobody is signed in or the session ended. */
    public Optional<String> accessToken(
            @Nullable Authentication user, HttpServletRequest request, HttpServletResponse response) {
        if (!(user instanceof OAuth2AuthenticationToken)) {
            return Optional.empty();
        }
        try {
            OAuth2AuthorizedClient client =
                    clients.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(REGISTRATION)
                            .principal(user)
                            .attribute(HttpServletRequest.class.getName(), request)
                            .attribute(HttpServletResponse.class.getName(), response)
                            .build());
            return Optional.ofNullable(client).map(c -> c.getAccessToken().getTokenValue());
        } catch (OAuth2AuthorizationException e) {
            log.info(
                    "The session's token could not be refreshed: {}",
                    e.getError().getErrorCode());
            return Optional.empty();
        }
    }
}
