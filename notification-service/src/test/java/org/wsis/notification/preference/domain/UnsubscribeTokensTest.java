package org.wsis.notification.preference.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UnsubscribeTokensTest {

    private static final String SECRET = "a-secret-of-more-than-thirty-two-characters";
    private final UnsubscribeTokens tokens = new UnsubscribeTokens(SECRET, Duration.ofDays(60));
    private final Instant now = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void aTokenUnsubscribesItsPersonFromItsType() {
        String token = tokens.issue("user-amina", NotificationType.NOMINATIONS, now);

        assertThat(tokens.verify(token, now.plus(Duration.ofDays(59))))
                .isEqualTo(new UnsubscribeTokens.Unsubscribe("user-amina", NotificationType.NOMINATIONS));
    }

    @Test
    void aDigestsTokenUnsubscribesFromEverything() {
        assertThat(tokens.verify(tokens.issue("user-amina", null, now), now).type())
                .isNull();
    }

    @Test
    void anExpiredTokenIsRefusedAsExpired() {
        String token = tokens.issue("user-amina", NotificationType.NOMINATIONS, now);

        assertThatThrownBy(() -> tokens.verify(token, now.plus(Duration.ofDays(61))))
                .isInstanceOfSatisfying(UnsubscribeTokens.InvalidToken.class, e -> assertThat(e.expired())
                        .isTrue());
    }

    @Test
    void aTokenForSomeoneElseCannotBeForged() {
        String token = tokens.issue("user-amina", NotificationType.NOMINATIONS, now);
        String otherPerson = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("user-kofi\nNOMINATIONS\n"
                                + now.plus(Duration.ofDays(60)).getEpochSecond())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String forged = otherPerson + token.substring(token.indexOf('.'));

        assertThatThrownBy(() -> tokens.verify(forged, now))
                .isInstanceOfSatisfying(UnsubscribeTokens.InvalidToken.class, e -> assertThat(e.expired())
                        .isFalse());
    }

    @Test
    void anotherInstallationsTokenIsRefused() {
        String foreign = new UnsubscribeTokens("another-secret-of-more-than-thirty-two-chars", Duration.ofDays(60))
                .issue("user-amina", NotificationType.NOMINATIONS, now);

        assertThatThrownBy(() -> tokens.verify(foreign, now)).isInstanceOf(UnsubscribeTokens.InvalidToken.class);
        assertThatThrownBy(() -> tokens.verify("garbage", now)).isInstanceOf(UnsubscribeTokens.InvalidToken.class);
    }
}
