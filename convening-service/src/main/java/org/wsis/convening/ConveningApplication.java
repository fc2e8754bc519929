package org.wsis.convening;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The OpenWSIS convening: convenors, the issues they address, and who else addresses a similar one. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ConveningApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConveningApplication.class, args);
    }
}
