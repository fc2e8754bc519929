package org.wsis.servicekit.privacy;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoOperations;
import org.wsis.servicekit.ClockAutoConfiguration;

/** Every service's record of erased accounts, salted with the service's name. */
@AutoConfiguration(after = ClockAutoConfiguration.class)
public class PrivacyAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ErasedAccounts erasedAccounts(MongoOperations mongo, Environment environment, Clock clock) {
        return new ErasedAccounts(mongo, environment.getRequiredProperty("spring.application.name"), clock);
    }
}
