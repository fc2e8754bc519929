package org.wsis.notification.preference.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The token in an unsubscribe link: who, which notification type, until when, signed with HMAC-SHA256
 * so that nobody can unsubscribe someone else or stretch a link's life. It works without logging in,
 * which is the point: a person must be able to stop mail from the mail itself.
 */
public final class UnsubscribeTokens {

    /** What a valid token allows: switching {@code type} off for {@code userId}; every type when null. */
    public record Unsubscribe(String userId, @Nullable NotificationType type) {}

    /** A token that was tampered with, is malformed or has expired. */
    public static final class InvalidToken extends RuntimeException {
        private final boolean expired;

        InvalidToken(String message, boolean expired) {
            super(message);
            this.expired = expired;
        }

        public boolean expired() {
            return expired;
        }
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private static final String ALL = "*";

    private final byte[] secret;
    private final Duration lifetime;

    public UnsubscribeTokens(String secret, Duration lifetime) {
        if (secret.length() < 32) {
            throw new IllegalArgumentException("The unsubscribe secret needs at least 32 characters.");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.lifetime = lifetime;
    }

    /** A token switching off {@code type}, or every type when it is null. */
    public String issue(String userId, @Nullable NotificationType type, Instant now) {
        String claims = userId + "\n" + (type == null ? ALL : type.name()) + "\n"
                + now.plus(lifetime).getEpochSecond();
        byte[] payload = claims.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
    }

    public Unsubscribe verify(String token, Instant now) {
        int dot = token.indexOf('.');
        if (dot < 1) {
            throw new InvalidToken("This unsubscribe link is incomplete.", false);
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODER.decode(token.substring(0, dot));
            signature = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw new InvalidToken("This unsubscribe link is damaged.", false);
        }
        if (!MessageDigest.isEqual(sign(payload), signature)) {
            throw new InvalidToken("This unsubscribe link is not one we sent.", false);
        }
        String[] claims = new String(payload, StandardCharsets.UTF_8).split("\n", -1);
        if (claims.length != 3) {
            throw new InvalidToken("This unsubscribe link is damaged.", false);
        }
        if (Instant.ofEpochSecond(Long.parseLong(claims[2])).isBefore(now)) {
            throw new InvalidToken(
                    "This unsubscribe link has expired; change your preferences after signing in.", true);
        }
        return new Unsubscribe(claims[0], ALL.equals(claims[1]) ? null : NotificationType.valueOf(claims[1]));
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
