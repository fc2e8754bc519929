package org.wsis.servicekit.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The authenticated person behind a request, read from their access token. Controllers take it as a
 * method parameter.
 *
 * @param userId the token's subject; the owner id of what they create
 * @param email verified address from the token
 * @param displayName the {@code name} claim, else the preferred username
 * @param locale the {@code locale} claim, if any
 * @param roles realm roles ({@code stakeholder}, {@code moderator}, {@code expert}, {@code admin})
 * @param emailVerified whether the identity provider verified the address ({@code email_verified})
 * @param accountCreatedAt when the account was created ({@code created_timestamp}, milliseconds, mapped by
 *     the realm's default client scope); null when the token does not say, which rules that weigh an
 *     account's age must treat as suspicious, never as old
 * @param organisation the organisation the person works for, from their profile ({@code organisation}), if
 *     they gave one; rules on conflicts of interest compare it
 */
public record Caller(
        String userId,
        String email,
        String displayName,
        @Nullable String locale,
        Set<String> roles,
        boolean emailVerified,
        @Nullable Instant accountCreatedAt,
        @Nullable String organisation) {

    /** The claim that says when the account was created, in milliseconds since the epoch. */
    public static final String CREATED_CLAIM = "created_timestamp";

    /** The claim naming the person's organisation, from their profile. */
    public static final String ORGANISATION_CLAIM = "organisation";

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public static Caller from(Jwt jwt) {
        String email = firstNonBlank(jwt.getClaimAsString("email"), "");
        String name = firstNonBlank(
                jwt.getClaimAsString("name"), firstNonBlank(jwt.getClaimAsString("preferred_username"), email));
        return new Caller(
                jwt.getSubject(),
                email,
                name,
                jwt.getClaimAsString("locale"),
                realmRoles(jwt),
                Boolean.TRUE.equals(jwt.getClaimAsBoolean("email_verified")),
                createdAt(jwt),
                blankToNull(jwt.getClaimAsString(ORGANISATION_CLAIM)));
    }

    private static @Nullable Instant createdAt(Jwt jwt) {
        Object created = jwt.getClaims().get(CREATED_CLAIM);
        return created instanceof Number millis ? Instant.ofEpochMilli(millis.longValue()) : null;
    }

    /** Keycloak's format: {@code "realm_access": {"roles": ["moderator", ...]}}. */
    static Set<String> realmRoles(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> roles)) {
            return Set.of();
        }
        return roles.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String firstNonBlank(@Nullable String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    static List<String> authorities(Jwt jwt) {
        return realmRoles(jwt).stream().map(r -> "ROLE_" + r).sorted().toList();
    }
}
