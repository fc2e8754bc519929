package org.wsis.servicekit.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCredential;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.wsis.servicekit.ServiceKitDefaults;

/**
 * The MongoDB client a service builds from the operators' variables: credentials and TLS. (The
 * wire-protocol server of the tests has neither, so the settings are checked rather than a connection.)
 */
class MongoConnectionSecurityTest {

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withInitializer(context ->
                    new ServiceKitDefaults().postProcessEnvironment(context.getEnvironment(), new SpringApplication()))
            .withConfiguration(AutoConfigurations.of(
                    SslAutoConfiguration.class, MongoAutoConfiguration.class, MongoCredentialsAutoConfiguration.class));

    /** The settings the client is built with, as Boot builds them: its settings bean, then every customizer in order. */
    private static MongoClientSettings settings(ApplicationContext context) {
        MongoClientSettings.Builder builder = MongoClientSettings.builder(context.getBean(MongoClientSettings.class));
        context.getBeanProvider(MongoClientSettingsBuilderCustomizer.class)
                .orderedStream()
                .forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    @Test
    void credentialsComeFromTheirOwnVariablesAndTlsFromTheUri() {
        service.withPropertyValues(
                        "MONGODB_URI=mongodb://mongo-0.db:27017,mongo-1.db:27017/prize?replicaSet=rs0&tls=true",
                        "MONGODB_USERNAME=wsis-prize",
                        "MONGODB_PASSWORD=a-long-random-mongodb-password",
                        "MONGODB_AUTH_SOURCE=wsis")
                .run(context -> {
                    MongoClientSettings settings = settings(context);
                    MongoCredential credential = settings.getCredential();
                    assertThat(credential).isNotNull();
                    assertThat(credential.getUserName()).isEqualTo("wsis-prize");
                    assertThat(credential.getSource()).isEqualTo("wsis");
                    assertThat(credential.getPassword()).isEqualTo("a-long-random-mongodb-password".toCharArray());
                    assertThat(settings.getSslSettings().isEnabled()).isTrue();
                    assertThat(settings.getClusterSettings().getRequiredReplicaSetName())
                            .isEqualTo("rs0");
                });
    }

    @Test
    void aPrivateCertificateAuthorityTurnsTlsOnWithItsCertificate() {
        Path ca = Path.of("src/test/resources/tls/test-ca.pem").toAbsolutePath();
        service.withPropertyValues("MONGODB_URI=mongodb://mongo:27017/prize", "MONGODB_TLS_CA_FILE=" + ca)
                .run(context -> {
                    MongoClientSettings settings = settings(context);
                    assertThat(settings.getSslSettings().isEnabled()).isTrue();
                    assertThat(settings.getSslSettings().getContext()).isNotNull();
                });
    }

    @Test
    void withoutVariablesNothingChanges() {
        service.withPropertyValues("MONGODB_URI=mongodb://localhost:27018/prize")
                .run(context -> {
                    MongoClientSettings settings = settings(context);
                    assertThat(settings.getCredential()).isNull();
                    assertThat(settings.getSslSettings().isEnabled()).isFalse();
                });
    }

    @Test
    void aUserWithoutAPasswordStopsTheServiceWithTheVariablesName() {
        service.withPropertyValues("MONGODB_USERNAME=wsis-prize")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("MONGODB_USERNAME is set but MONGODB_PASSWORD is not"));
    }
}
