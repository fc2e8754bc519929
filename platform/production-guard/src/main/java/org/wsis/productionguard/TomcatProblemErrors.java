package org.wsis.productionguard;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Tomcat answers the requests it refuses itself (an undecodable or encoded {@code /} or NUL in the path,
 * a malformed request line) with problem details ({@link ProblemErrorReportValve}), in every application
 * of the platform.
 */
@AutoConfiguration
@ConditionalOnClass({StandardHost.class, TomcatServletWebServerFactory.class})
public class TomcatProblemErrors {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemDetailsFromTomcat() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }
}
