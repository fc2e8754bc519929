package org.wsis.servicekit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds the platform's defaults (binder, dead-letter policy, actuator exposure, metric tags) with the
 * lowest precedence, so a service's own {@code application.yml} and the environment override any of
 * them.
 */
public class ServiceKitDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "wsis-service-kit-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            List<PropertySource<?>> sources = new PropertiesPropertySourceLoader()
                    .load("wsisServiceKitDefaults", new ClassPathResource(RESOURCE));
            sources.forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
