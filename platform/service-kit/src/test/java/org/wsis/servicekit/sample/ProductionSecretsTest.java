package org.wsis.servicekit.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.wsis.productionguard.UnsafeSecretsException;

/** Every service built on the kit checks the connection passwords it is given before it connects. */
class ProductionSecretsTest {

    @Test
    void inProductionAServiceRefusesPlaceholderConnectionPasswordsNamingTheirVariables() {
        Throwable refused = catchThrowable(() -> new SpringApplicationBuilder(SampleApplication.class)
                .run(
                        "--WSIS_ENVIRONMENT=production",
                        "--MONGODB_USERNAME=wsis",
                        "--MONGODB_PASSWORD=CHANGE-ME-long-random",
                        "--KAFKA_SECURITY_PROTOCOL=SASL_SSL",
                        "--KAFKA_USERNAME=wsis",
                        "--KAFKA_PASSWORD=short")
                .close());

        assertThat(refused).isInstanceOf(UnsafeSecretsException.class);
        assertThat(((UnsafeSecretsException) refused).problems())
                .containsExactly(
                        "KAFKA_PASSWORD has 5 characters; it needs at least 16",
                        "MONGODB_PASSWORD is a placeholder or development default (it says CHANGE-ME)");
    }
}
