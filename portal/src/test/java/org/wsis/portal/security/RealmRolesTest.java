package org.wsis.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RealmRolesTest {

    private static String token(String payload) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".signature";
    }

    @Test
    void rolesComeFromTheRealmAccessClaimAsTheServicesReadThem() {
        assertThat(RealmRoles.rolesOf(token("{\"realm_access\":{\"roles\":[\"moderator\",\"stakeholder\"]}}")))
                .containsExactlyInAnyOrder("moderator", "stakeholder");
    }

    @Test
    void aTokenWithoutRealmRolesGivesNone() {
        assertThat(RealmRoles.rolesOf(token("{\"sub\":\"x\"}"))).isEmpty();
        assertThat(RealmRoles.rolesOf("not-a-jwt")).isEmpty();
    }

    @Test
    void keycloakPagesOpenInThePortalsLanguage() {
        assertThat(SecurityConfiguration.keycloakLocale(Locale.forLanguageTag("zh")))
                .isEqualTo("zh-CN");
        assertThat(SecurityConfiguration.keycloakLocale(Locale.forLanguageTag("ar")))
                .isEqualTo("ar");
        assertThat(SecurityConfiguration.keycloakLocale(Locale.FRENCH)).isEqualTo("fr");
    }
}
