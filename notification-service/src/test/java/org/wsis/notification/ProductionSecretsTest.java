package org.wsis.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.wsis.productionguard.UnsafeSecretsException;

/** In production the service will not sign unsubscribe links with a key anyone can read in the repository. */
class ProductionSecretsTest {

    private static List<String> refusalOf(String... args) {
        Throwable refused = catchThrowable(() -> new SpringApplicationBuilder(NotificationApplication.class)
                .run(args)
                .close());
        assertThat(refused).isInstanceOf(UnsafeSecretsException.class);
        return ((UnsafeSecretsException) refused).problems();
    }

    @Test
    void withoutItsOwnKeysTheServiceRefusesTheDevelopmentDefault() {
        assertThat(refusalOf("--WSIS_ENVIRONMENT=production"))
                .containsExactly(
                        "UNSUBSCRIBE_KEYS (key dev) is a placeholder or development default (it says CHANGE-ME)");
    }

    @Test
    void thePlaceholdersOfTheExampleSettingsAreRefusedThoughTheyAreLongEnough() {
        assertThat(refusalOf(
                        "--WSIS_ENVIRONMENT=production",
                        "--UNSUBSCRIBE_KEYS=2027a:CHANGE-ME-at-least-32-random-characters",
                        "--UNSUBSCRIBE_SECRET=CHANGE-ME-at-least-32-random-characters",
                        "--SMTP_PASSWORD=CHANGE-ME"))
                .containsExactly(
                        "SMTP_PASSWORD is a placeholder or development default (it says CHANGE-ME)",
                        "UNSUBSCRIBE_KEYS (key 2027a) is a placeholder or development default (it says CHANGE-ME)",
                        "UNSUBSCRIBE_SECRET is a placeholder or development default (it says CHANGE-ME)");
    }
}
