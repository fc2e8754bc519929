package org.wsis.productionguard;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@value #RESOURCE} with the lowest precedence: {@code X-Forwarded-For} and {@code X-Forwarded-Proto}
 * are honoured only from the proxies {@code WSIS_TRUSTED_PROXIES} names (loopback by default), never from
 * any private address as Tomcat would by default, so a client cannot name its own address to the voting
 * rules or pretend to have come over TLS.
 */
public class ForwardedHeadersDefaults implements EnvironmentPostProcessor, Ordered {

    static final String RESOURCE = "wsis-production-guard-defaults.properties";

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 100;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            new PropertiesPropertySourceLoader()
                    .load("wsisProductionGuardDefaults", new ClassPathResource(RESOURCE))
                    .forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
