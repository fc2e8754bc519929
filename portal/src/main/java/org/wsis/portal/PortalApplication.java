package org.wsis.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The web portal: server-rendered pages in six languages and the platform's single public origin.
 * People sign in with Keycloak (authorization code with PKCE); {@code /api/**} is relayed to the
 * services with the caller's token. It holds no business data.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}
