package org.wsis.notification.preference;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.wsis.notification.preference.domain.UnsubscribeTokens;

/**
 * How unsubscribe links are signed ({@code wsis.notification.unsubscribe}; docs/operations.md says how to
 * rotate the keys).
 *
 * @param keys {@code UNSUBSCRIBE_KEYS}: {@code key-id:secret} pairs, separated by commas; every key verifies
 *     the links it signed
 * @param currentKeyId {@code UNSUBSCRIBE_CURRENT_KEY_ID}: the key that signs new links; the first key when
 *     not set
 * @param legacySecret {@code UNSUBSCRIBE_SECRET}: the secret of links sent before links named their key,
 *     accepted while it is set
 * @param linkLifetime how long a link works
 */
@ConfigurationProperties("wsis.notification.unsubscribe")
public record UnsubscribeSettings(
        List<String> keys,
        @Nullable String currentKeyId,
        @Nullable String legacySecret,
        @DefaultValue("P60D") Duration linkLifetime) {

    public UnsubscribeSettings {
        keys = keys == null ? List.of() : List.copyOf(keys);
    }

    /** The signer these settings describe; a wrong setting stops the service, naming the variable to fix. */
    public UnsubscribeTokens tokens() {
        Map<String, String> byId = new LinkedHashMap<>();
        for (String entry : keys) {
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new IllegalStateException(
                        "UNSUBSCRIBE_KEYS holds key-id:secret pairs separated by commas; one entry is not a pair.");
            }
            String id = entry.substring(0, colon).strip();
            if (byId.put(id, entry.substring(colon + 1).strip()) != null) {
                throw new IllegalStateException("UNSUBSCRIBE_KEYS names the key id '" + id + "' twice.");
            }
        }
        if (byId.isEmpty()) {
            throw new IllegalStateException("UNSUBSCRIBE_KEYS is not set: unsubscribe links need a signing key.");
        }
        String current = currentKeyId == null || currentKeyId.isBlank()
                ? byId.keySet().iterator().next()
                : currentKeyId.strip();
        try {
            return new UnsubscribeTokens(
                    current, byId, legacySecret == null || legacySecret.isBlank() ? null : legacySecret, linkLifetime);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "UNSUBSCRIBE_KEYS, UNSUBSCRIBE_CURRENT_KEY_ID or UNSUBSCRIBE_SECRET: " + e.getMessage(), e);
        }
    }

    /** Never shows a secret: only the key ids. */
    @Override
    public String toString() {
        return "UnsubscribeSettings[keys="
                + keys.stream().map(k -> k.split(":", 2)[0]).toList() + ", currentKeyId="
                + currentKeyId + ", legacySecret=" + (legacySecret == null || legacySecret.isBlank() ? "none" : "(set)")
                + ", linkLifetime=" + linkLifetime + "]";
    }
}
