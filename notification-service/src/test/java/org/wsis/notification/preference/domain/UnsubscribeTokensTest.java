package org.wsis.notification.preference.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class UnsubscribeTokensTest {

    private static final String KEY_2027 = "a-secret-of-more-than-thirty-two-characters";
    private static final String KEY_2026 = "the-secret-of-last-year-also-thirty-two-long";
    private static final String LEGACY = "the-secret-of-links-sent-before-key-ids-existed";
    private static final Duration LIFETIME = Duration.ofDays(60);

    /** This year's key signs; last year's still verifies; links from before key ids verify with the legacy secret. */
    private final UnsubscribeTokens tokens =
            new UnsubscribeTokens("2027a", Map.of("2027a", KEY_2027, "2026b", KEY_2026), LEGACY, LIFETIME);

    private final Instant now = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void aTokenUnsubscribesItsPersonFromItsType() {
        String token = tokens.issue("user-amina", NotificationType.NOMINATIONS, now);

        assertThat(tokens.verify(token, now.plus(Duration.ofDays(59))))
                .isEqualTo(new UnsubscribeTokens.Unsubscribe("user-amina", NotificationType.NOMINATIONS));
    }

    @Test
    void aNewTokenNamesTheCurrentKey() {
        assertThat(tokens.issue("user-amina", null, now)).startsWith("2027a.");
    }

    @Test
    void aDigestsTokenUnsubscribesFromEverything() {
        assertThat(tokens.verify(tokens.issue("user-amina", null, now), now).type())
                .isNull();
    }

    @Test
    void aLinkSignedWithARetiredKeyStillWorks() {
        String signedLastYear = new UnsubscribeTokens("2026b", Map.of("2026b", KEY_2026), null, LIFETIME)
                .issue("user-kofi", NotificationType.ENTRY_STATUS, now);

        assertThat(tokens.verify(signedLastYear, now))
                .isEqualTo(new UnsubscribeTokens.Unsubscribe("user-kofi", NotificationType.ENTRY_STATUS));
    }

    @Test
    void aLinkSignedWithAKeyWeDoNotHoldIsRefused() {
        String unknownKey = new UnsubscribeTokens("2019x", Map.of("2019x", KEY_2027), null, LIFETIME)
                .issue("user-amina", NotificationType.NOMINATIONS, now);
        String removedKey = new UnsubscribeTokens(
                        "2025c", Map.of("2025c", "a-key-that-was-removed-32-characters"), null, LIFETIME)
                .issue("user-amina", NotificationType.NOMINATIONS, now);

        assertThatThrownBy(() -> tokens.verify(unknownKey, now))
                .isInstanceOfSatisfying(
                        UnsubscribeTokens.InvalidToken.class,
                        e -> assertThat(e.expired()).isFalse());
        assertThatThrownBy(() -> tokens.verify(removedKey, now)).isInstanceOf(UnsubscribeTokens.InvalidToken.class);
    }

    @Test
    void aTokenCannotBePassedOffAsSignedByAnotherOfOurKeys() {
        String token = tokens.issue("user-amina", NotificationType.NOMINATIONS, now);
        String relabelled = "2026b" + token.substring(token.indexOf('.'));

        assertThatThrownBy(() -> tokens.verify(relabelled, now)).isInstanceOf(UnsubscribeTokens.InvalidToken.class);
    }

    @Test
    void aLinkFromBeforeKeyIdsWorksWhileItsSecretIsConfiguredAndNotAfter() {
        String sentLastMonth = legacyToken(LEGACY, "user-li", "ANNOUNCEMENTS", now.plus(Duration.ofDays(30)));

        assertThat(tokens.verify(sentLastMonth, now))
                .isEqualTo(new UnsubscribeTokens.Unsubscribe("user-li", NotificationType.ANNOUNCEMENTS));
        UnsubscribeTokens withoutLegacy = new UnsubscribeTokens("2027a", Map.of("2027a", KEY_2027), null, LIFETIME);
        assertThatThrownBy(() -> withoutLegacy.verify(sentLastMonth, now))
                .isInstanceOf(UnsubscribeTokens.InvalidToken.class);
        assertThatThrownBy(() -> tokens.verify(legacyToken(KEY_2027, "user-li", "ANNOUNCEMENTS", now), now))
                .as("a legacy link is checked against the legacy secret only")
                .isInstanceOf(UnsubscribeTokens.InvalidToken.class);
    }

    @Test
    void anExpiredTokenIsRefusedAsExpired() {
        String token = tokens.issue("user-amina", NotificationType.NOMINATIONS, now);

        assertThatThrownBy(() -> tokens.verify(token, now.plus(Duration.ofDays(61))))
                .isInstanceOfSatisfying(
                        UnsubscribeTokens.InvalidToken.class,
                        e -> assertThat(e.expired()).isTrue());
    }

    @Test
    void aTokenForSomeoneElseCannotBeForged() {
        String token = tokens.issue("user-amina", NotificationType.NOMINATIONS, now);
        String[] parts = token.split("\\.");
        String otherPerson = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("user-kofi\nNOMINATIONS\n"
                                + now.plus(Duration.ofDays(60)).getEpochSecond())
                        .getBytes(StandardCharsets.UTF_8));
        String forged = parts[0] + "." + otherPerson + "." + parts[2];

        assertThatThrownBy(() -> tokens.verify(forged, now))
                .isInstanceOfSatisfying(
                        UnsubscribeTokens.InvalidToken.class,
                        e -> assertThat(e.expired()).isFalse());
    }

    @Test
    void anotherInstallationsTokenAndGarbageAreRefused() {
        String foreign = new UnsubscribeTokens(
                        "2027a", Map.of("2027a", "another-secret-of-more-than-thirty-two-chars"), null, LIFETIME)
                .issue("user-amina", NotificationType.NOMINATIONS, now);

        assertThatThrownBy(() -> tokens.verify(foreign, now)).isInstanceOf(UnsubscribeTokens.InvalidToken.class);
        for (String garbage : new String[] {"garbage", "", ".", "a.b.c.d", "2027a..", "2027a.!!.??", ".abc"}) {
            assertThatThrownBy(() -> tokens.verify(garbage, now))
                    .as(garbage)
                    .isInstanceOf(UnsubscribeTokens.InvalidToken.class);
        }
    }

    @Test
    void keysAreLongEnoughTheirIdsFitInALinkAndTheCurrentOneIsAmongThem() {
        assertThatThrownBy(() -> new UnsubscribeTokens("k", Map.of("k", "short"), null, LIFETIME))
                .hasMessageContaining("at least 32 characters");
        assertThatThrownBy(() -> new UnsubscribeTokens("k.1", Map.of("k.1", KEY_2027), null, LIFETIME))
                .hasMessageContaining("may only hold letters, digits");
        assertThatThrownBy(() -> new UnsubscribeTokens("2028", Map.of("2027a", KEY_2027), null, LIFETIME))
                .hasMessageContaining("'2028' is not among the keys");
        assertThatThrownBy(() -> new UnsubscribeTokens("2027a", Map.of("2027a", KEY_2027), "short", LIFETIME))
                .hasMessageContaining("legacy secret needs at least 32");
    }

    /** A link as the service signed them before tokens named their key. */
    static String legacyToken(String secret, String userId, String type, Instant expires) {
        byte[] payload = (userId + "\n" + type + "\n" + expires.getEpochSecond()).getBytes(StandardCharsets.UTF_8);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
            return encoder.encodeToString(payload) + "." + encoder.encodeToString(mac.doFinal(payload));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
