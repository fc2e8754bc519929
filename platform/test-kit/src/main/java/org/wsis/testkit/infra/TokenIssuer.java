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
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * LOCAL ONLY. A minimal OpenID Connect issuer for tests and the local stack: it publishes a discovery
 * document and its signing keys at Keycloak's paths ({@code /realms/wsis/...}), so services validate
 * its tokens exactly as they validate the real identity provider's, and it signs tokens for demo
 * users. It has no login, no passwords and no consent: never expose it beyond loopback.
 */
public final class TokenIssuer implements AutoCloseable {

    public static final String REALM_PATH = "/realms/wsis";

    private final RSAKey key;
    private final int port;
    private @Nullable HttpServer server;
    private @Nullable Function<Map<String, String>, @Nullable String> tokenEndpoint;

    private TokenIssuer(RSAKey key, int port) {
        this.key = key;
        this.port = port;
    }

    /** A fresh key, kept in memory. */
    public static TokenIssuer ephemeral(int port) {
        return new TokenIssuer(generate(), port);
    }

    /** A key kept in {@code keyFile}, so tokens stay valid across restarts of the local stack. */
    public static TokenIssuer persistent(Path keyFile, int port) {
        try {
            if (Files.exists(keyFile)) {
                return new TokenIssuer(RSAKey.parse(Files.readString(keyFile)), port);
            }
            RSAKey key = generate();
            Files.createDirectories(keyFile.toAbsolutePath().getParent());
            Files.writeString(keyFile, key.toJSONString());
            return new TokenIssuer(key, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("Unreadable signing key in " + keyFile, e);
        }
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

    /**
     * Serves a token endpoint at {@code /local/token}: the handler gets the query parameters and
     * returns a token or null (404). Used by the local stack to hand out demo users' tokens.
     */
    public TokenIssuer withTokenEndpoint(Function<Map<String, String>, @Nullable String> handler) {
        this.tokenEndpoint = handler;
        return this;
    }

    public TokenIssuer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            http.createContext(REALM_PATH + "/.well-known/openid-configuration", ex -> json(ex, discovery()));
            http.createContext(REALM_PATH + "/protocol/openid-connect/certs", ex -> json(ex, jwks()));
            http.createContext("/local/token", this::token);
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

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> query = Query.parse(exchange.getRequestURI().getRawQuery());
        String token = tokenEndpoint == null ? null : tokenEndpoint.apply(query);
        if (token == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        json(exchange, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\"}");
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

    /** Signs an access token in Keycloak's shape with extra claims (such as {@code created_at}). */
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
                .audience("account")
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
        extraClaims.forEach(claims::claim);
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

    /** Query-string parsing for the token endpoint. */
    static final class Query {
        private Query() {}

        static Map<String, String> parse(@Nullable String raw) {
            if (raw == null || raw.isBlank()) {
                return Map.of();
            }
            var result = new java.util.LinkedHashMap<String, String>();
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                result.put(
                        java.net.URLDecoder.decode(name, StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
            return result;
        }
    }
}
