package org.wsis.portal.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs people in with the realm roles of their access token ({@code realm_access.roles}, as the
 * services read them) as {@code ROLE_*} authorities, so pages show each person what they may do. The
 * token comes straight from Keycloak's token endpoint in the code exchange; the services check it again
 * on every call.
 */
public class RealmRoles extends OidcUserService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = super.loadUser(request);
        Set<GrantedAuthority> authorities = new HashSet<>(user.getAuthorities());
        rolesOf(request.getAccessToken().getTokenValue())
                .forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "preferred_username");
    }

    static Set<String> rolesOf(String accessToken) {
        String[] parts = accessToken.split("\\.");
        if (parts.length < 2) {
            return Set.of();
        }
        Map<?, ?> claims =
                JSON.readValue(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8), Map.class);
        if (claims.get("realm_access") instanceof Map<?, ?> access
                && access.get("roles") instanceof Collection<?> roles) {
            Set<String> names = new HashSet<>();
            roles.forEach(r -> names.add(String.valueOf(r)));
            return names;
        }
        return Set.of();
    }
}
