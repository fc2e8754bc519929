package org.wsis.notification.preference.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The token in an unsubscribe link: who, which notification type, until when, signed with HMAC-SHA256
 * so that nobody can unsubscribe someone else or stretch a link's life. It works without logging in,
 * which is the point: a person must be able to stop mail from the mail itself.
 *
 * <p>A token names the key that signed it: {@code <key id>.<claims>.<signature>}, the signature covering
 * the key id and the claims. New links are signed with the current key; every other configured key still
 * verifies the links it signed, so keys rotate without breaking links already in people's mailboxes (a
 * retired key can go once its last links have expired). Links from before key ids,
 * {@code <claims>.<signature>}, verify only while their old secret is configured as the legacy secret.
 */
public final class UnsubscribeTokens {

    /** What a valid token allows: switching {@code type} off for {@code userId}; every type when null. */
    public record Unsubscribe(String userId, @Nullable NotificationType type) {}

    /** A token that was tampered with, is malformed, was signed with a key we do not hold, or has expired. */
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

    /** Key ids travel in links: letters, digits, {@code -} and {@code _}, 32 at most. */
    public static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    /** The shortest secret accepted for a key, in characters. */
    public static final int MIN_SECRET_LENGTH = 32;

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private static final String ALL = "*";

    private final String currentKeyId;
    private final Map<String, byte[]> keys;
    private final byte @Nullable [] legacySecret;
    private final Duration lifetime;

    /**
     * @param currentKeyId the key that signs new links; it must be one of {@code keys}
     * @param keys every key that verifies links, by id: the current one and those retired recently
     * @param legacySecret the secret of links sent before tokens named their key, or null to refuse them
     */
    public UnsubscribeTokens(
            String currentKeyId, Map<String, String> keys, @Nullable String legacySecret, Duration lifetime) {
        Map<String, byte[]> byId = new LinkedHashMap<>();
        keys.forEach((id, secret) -> {
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("The key id '" + id
                        + "' may only hold letters, digits, - and _ (32 at most): it travels in links.");
            }
            byId.put(id, secretBytes("The key " + id, secret));
        });
        if (!byId.containsKey(currentKeyId)) {
            throw new IllegalArgumentException(
                    "The current key id '" + currentKeyId + "' is not among the keys " + byId.keySet() + ".");
        }
        this.currentKeyId = currentKeyId;
        this.keys = Map.copyOf(byId);
        this.legacySecret = legacySecret == null ? null : secretBytes("The legacy secret", legacySecret);
        this.lifetime = lifetime;
    }

    private static byte[] secretBytes(String what, String secret) {
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException(what + " needs at least " + MIN_SECRET_LENGTH + " characters.");
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    /** A token switching off {@code type}, or every type when it is null, signed with the current key. */
    public String issue(String userId, @Nullable NotificationType type, Instant now) {
        String claims = userId + "\n" + (type == null ? ALL : type.name()) + "\n"
                + now.plus(lifetime).getEpochSecond();
        String signed = currentKeyId + "." + ENCODER.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        return signed + "." + ENCODER.encodeToString(sign(keys.get(currentKeyId), ascii(signed)));
    }

    public Unsubscribe verify(String token, Instant now) {
        String[] parts = token.split("\\.", -1);
        byte[] payload;
        byte[] signature;
        byte[] expected;
        try {
            if (parts.length == 3) {
                byte[] key = keys.get(parts[0]);
                if (key == null) {
                    throw new InvalidToken("This unsubscribe link is not one we sent.", false);
                }
                payload = DECODER.decode(parts[1]);
                signature = DECODER.decode(parts[2]);
                expected = sign(key, ascii(parts[0] + "." + parts[1]));
            } else if (parts.length == 2 && !parts[0].isEmpty()) {
                if (legacySecret == null) {
                    throw new InvalidToken("This unsubscribe link is not one we sent.", false);
                }
                payload = DECODER.decode(parts[0]);
                signature = DECODER.decode(parts[1]);
                expected = sign(legacySecret, payload);
            } else {
                throw new InvalidToken("This unsubscribe link is incomplete.", false);
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidToken("This unsubscribe link is damaged.", false);
        }
        if (!MessageDigest.isEqual(expected, signature)) {
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

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] sign(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
