package org.wsis.servicekit.mongo;

import com.mongodb.MongoCredential;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * MongoDB credentials from {@code MONGODB_USERNAME} and {@code MONGODB_PASSWORD} (authenticated against
 * {@code MONGODB_AUTH_SOURCE}, {@code admin} by default), so that {@code MONGODB_URI} names only hosts,
 * database and options ({@code replicaSet=rs0&tls=true}) and can live in a ConfigMap while the password
 * stays in a Secret. Spring Boot ignores its own username and password properties once a URI is set,
 * hence this customizer, applied after Boot's.
 */
@AutoConfiguration
@EnableConfigurationProperties(MongoCredentialsAutoConfiguration.MongoCredentials.class)
public class MongoCredentialsAutoConfiguration {

    @ConfigurationProperties("wsis.mongodb")
    public record MongoCredentials(
            @Nullable String username,
            @Nullable String password,
            @Nullable String authenticationDatabase) {

        /** Never shows the password. */
        @Override
        public String toString() {
            return "MongoCredentials[username=" + username + ", authenticationDatabase=" + authenticationDatabase
                    + ", password=" + (password == null || password.isBlank() ? "none" : "(set)") + "]";
        }
    }

    @Bean
    MongoClientSettingsBuilderCustomizer wsisMongoCredentials(MongoCredentials credentials) {
        String username = blankToNull(credentials.username());
        String password = blankToNull(credentials.password());
        if (username == null) {
            if (password != null) {
                throw new IllegalStateException("MONGODB_PASSWORD is set but MONGODB_USERNAME is not.");
            }
            return new AfterBoot(builder -> {});
        }
        if (password == null) {
            throw new IllegalStateException("MONGODB_USERNAME is set but MONGODB_PASSWORD is not.");
        }
        String source = blankToNull(credentials.authenticationDatabase());
        MongoCredential credential =
                MongoCredential.createCredential(username, source == null ? "admin" : source, password.toCharArray());
        return new AfterBoot(builder -> builder.credential(credential));
    }

    /** Runs after Boot's own customizer (order 0), which would otherwise apply the URI's lack of credentials. */
    private record AfterBoot(MongoClientSettingsBuilderCustomizer delegate)
            implements MongoClientSettingsBuilderCustomizer, Ordered {
        @Override
        public void customize(com.mongodb.MongoClientSettings.Builder builder) {
            delegate.customize(builder);
        }

        @Override
        public int getOrder() {
            return 10;
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
