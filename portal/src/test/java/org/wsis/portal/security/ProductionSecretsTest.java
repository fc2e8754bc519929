package org.wsis.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.wsis.portal.PortalApplication;
import org.wsis.productionguard.UnsafeSecretsException;

/** In production the portal will not sign in to Keycloak without a client secret of its own. */
class ProductionSecretsTest {

    private static List<String> refusalOf(String... args) {
        Throwable refused = catchThrowable(() ->
                new SpringApplicationBuilder(PortalApplication.class).run(args).close());
        assertThat(refused).isInstanceOf(UnsafeSecretsException.class);
        return ((UnsafeSecretsException) refused).problems();
    }

    @Test
    void theClientSecretMustBeSetAndNotTheExamplePlaceholder() {
        assertThat(refusalOf("--WSIS_ENVIRONMENT=production")).containsExactly("PORTAL_CLIENT_SECRET is not set");
        assertThat(refusalOf(
                        "--WSIS_ENVIRONMENT=production",
                        "--PORTAL_CLIENT_SECRET=CHANGE-ME-at-least-32-random-characters"))
                .containsExactly("PORTAL_CLIENT_SECRET is a placeholder or development default (it says CHANGE-ME)");
        assertThat(refusalOf("--WSIS_ENVIRONMENT=production", "--PORTAL_CLIENT_SECRET=too-short"))
                .containsExactly("PORTAL_CLIENT_SECRET has 9 characters; it needs at least 32");
    }
}
