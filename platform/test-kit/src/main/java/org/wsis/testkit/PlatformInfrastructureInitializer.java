package org.wsis.testkit;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a test's application context at the shared {@link PlatformInfrastructure}. */
public class PlatformInfrastructureInitializer
        implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        PlatformInfrastructure infra = PlatformInfrastructure.shared();
        TestPropertyValues.of(
                        "spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                        "spring.mongodb.uri=" + infra.mongoUri(),
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + infra.issuerUri(),
                        "wsis.outbox.relay.poll-interval=100ms",
                        "wsis.mongo.exact-match-indexes=" + infra.embedded())
                .applyTo(context);
    }
}
