package org.wsis.prize;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The WSIS Prizes: editions, nominations, voting and results. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PrizeApplication {

    public static void main(String[] args) {
        SpringApplication.run(PrizeApplication.class, args);
    }
}
