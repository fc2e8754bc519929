package org.wsis.testkit.infra;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * TESTS ONLY. A minimal OpenID Connect issuer for one service's integration tests: it publishes a
 * discovery document and its signing keys at Keycloak's paths ({@code /realms/wsis/...}), so a service
 * validates its tokens exactly as it validates Keycloak's, and it signs tokens in the shape the
 * {@code wsis} realm gives them. It has no login and no passwords. The local stack and the system tests
 * use Keycloak itself.
 */
public final class TokenIssuer implements AutoCloseable {

    public static final String REALM_PATH = "/realms/wsis";

    /** The audience every service requires, which the realm gives the platform's own clients' tokens. */
    public static final String AUDIENCE = "wsis-api";

    /** The client a token was issued to when a test does not say otherwise: the portal. */
    public static final String CLIENT = "wsis-portal";

    /**
     * Given as the value of an extra claim, leaves a claim the realm always issues out of the token, to
     * show what a service does with a token that lacks it.
     */
    public static final Object ABSENT = new Object();

    /** How old a test account is unless a test says otherwise: old enough for every account-age rule. */
    public static final Duration ACCOUNT_AGE = Duration.ofDays(365);

    private final RSAKey key;
    private final int port;
    private @Nullable HttpServer server;

    private TokenIssuer(RSAKey key, int port) {
        this.key = key;
        this.port = port;
    }

    /** A fresh key, kept in memory. */
    public static TokenIssuer ephemeral(int port) {
        return new TokenIssuer(generate(), port);
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public TokenIssuer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            http.createContext(REALM_PATH + "/.well-known/openid-configuration", ex -> json(ex, discovery()));
            http.createContext(REALM_PATH + "/protocol/openid-connect/certs", ex -> json(ex, jwks()));
            http.start();
            server = http;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String issuerUri() {
        return "http://localhost:" + port + REALM_PATH;
    }

    public int port() {
        return port;
    }

    private String discovery() {
        return """
                {"issuer":"%1$s","jwks_uri":"%1$s/protocol/openid-connect/certs",\
                "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"],\
                "response_types_supported":["code"]}""".formatted(issuerUri());
    }

    private String jwks() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Signs an access token in Keycloak's shape for the given user. */
    public String mint(
            String subject,
            String email,
            String name,
            @Nullable String locale,
            Collection<String> roles,
            Duration lifetime) {
        return mint(subject, email, name, locale, roles, lifetime, Map.of());
    }

    /**
     * Signs an access token in Keycloak's shape with extra claims (such as {@code created_timestamp}), each
     * replacing the realm's own; {@link #ABSENT} as a value leaves that claim out. Like the realm's tokens
     * it names the platform's audience and the portal as the client ({@code azp}), and says when the
     * account was created ({@link #ACCOUNT_AGE} ago).
     */
    public String mint(
            String subject,
            String email,
            String name,
            @Nullable String locale,
            Collection<String> roles,
            Duration lifetime,
            Map<String, Object> extraClaims) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuerUri())
                .subject(subject)
                .audience(List.of(AUDIENCE, "account"))
                .claim("azp", CLIENT)
                .claim("created_timestamp", now.minus(ACCOUNT_AGE).toEpochMilli())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .claim("email", email)
                .claim("email_verified", true)
                .claim("name", name)
                .claim("preferred_username", email)
                .claim("realm_access", Map.of("roles", roles.stream().toList()));
        if (locale != null) {
            claims.claim("locale", locale);
        }
        extraClaims.forEach((claim, value) -> claims.claim(claim, value == ABSENT ? null : value));
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }
}
