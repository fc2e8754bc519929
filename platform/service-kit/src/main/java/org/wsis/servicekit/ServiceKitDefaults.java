package org.wsis.servicekit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.wsis.servicekit.messaging.KafkaClientSecurity;

/**
 * Adds the platform's defaults (binder, dead-letter policy, actuator exposure, metric tags) with the
 * lowest precedence, so a service's own {@code application.yml} and the environment override any of
 * them; then the connection security the environment asks for: Kafka's from {@link KafkaClientSecurity},
 * and MongoDB's certificate authority from {@code MONGODB_TLS_CA_FILE}. Runs before the production
 * secrets check, which judges the result.
 */
public class ServiceKitDefaults implements EnvironmentPostProcessor, Ordered {

    static final String RESOURCE = "wsis-service-kit-defaults.properties";

    /** The SSL bundle that holds MongoDB's certificate authority, when one is given. */
    static final String MONGODB_BUNDLE = "wsis-mongodb";

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 50;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            List<PropertySource<?>> sources = new PropertiesPropertySourceLoader()
                    .load("wsisServiceKitDefaults", new ClassPathResource(RESOURCE));
            sources.forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> connections = new LinkedHashMap<>();
        KafkaClientSecurity.from(environment::getProperty)
                .clientProperties()
                .forEach((name, value) -> connections.put("spring.kafka.properties." + name, value));
        String mongoCa = environment.getProperty("MONGODB_TLS_CA_FILE");
        if (mongoCa != null && !mongoCa.isBlank()) {
            connections.put("spring.ssl.bundle.pem." + MONGODB_BUNDLE + ".truststore.certificate", "file:" + mongoCa);
            connections.put("spring.mongodb.ssl.bundle", MONGODB_BUNDLE);
        }
        // Below everything a service or an operator sets explicitly, but above the kit's file.
        environment
                .getPropertySources()
                .addBefore("wsisServiceKitDefaults", new MapPropertySource("wsisConnectionSecurity", connections));
    }
}
